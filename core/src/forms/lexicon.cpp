#include "lexicon.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

namespace takedown::forms {
namespace {

constexpr std::size_t max_problems = 20;

bool word_character(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

struct LexiconReader {
  std::vector<std::string> problems;

  void problem(std::string text) {
    if (problems.size() < max_problems) problems.push_back(std::move(text));
  }

  // One row; its place is "en.json: rows[3] (given_name)".
  void row(const nlohmann::json& r, Lang lang, const std::string& place, std::vector<PatternRow>& out) {
    if (!r.is_object()) return problem(place + ": a row must be an object {cue, weight, words}");
    for (const auto& [key, value] : r.items()) {
      if (key != "cue" && key != "weight" && key != "words" && key != "strict") {
        problem(place + ": unknown key \"" + key + "\" (a row has cue, weight, words and optionally strict)");
      }
    }
    PatternRow row{Cue::other, lang, 0.0, {}, false};
    const auto cue = r.find("cue");
    const auto known = cue != r.end() && cue->is_string() ? cue_from_name(cue->get<std::string>()) : std::nullopt;
    if (!known) {
      problem(place + ": \"cue\" must be one of the cue names of core/src/forms/cues.hpp" +
              (cue != r.end() && cue->is_string() ? ", not \"" + cue->get<std::string>() + "\"" : std::string()));
    } else {
      row.cue = *known;
    }
    const auto weight = r.find("weight");
    if (weight == r.end() || !weight->is_number() || !(weight->get<double>() > 0.0 && weight->get<double>() <= 1.0)) {
      problem(place + ": \"weight\" must be a number in (0, 1]");
    } else {
      row.weight = weight->get<double>();
    }
    const auto strict = r.find("strict");
    if (strict != r.end() && !strict->is_boolean()) problem(place + ": \"strict\" must be true or false");
    row.strict = strict != r.end() && strict->is_boolean() && strict->get<bool>();
    const auto words = r.find("words");
    if (words == r.end() || !words->is_array() || words->empty()) {
      return problem(place + ": \"words\" must be a non-empty list of words");
    }
    std::set<std::string> seen;
    for (const auto& w : *words) {
      if (!w.is_string()) {
        problem(place + ": every word must be a string");
        continue;
      }
      const auto& word = w.get_ref<const std::string&>();
      if (!is_lexicon_word(word)) {
        problem(place + ": word \"" + word +
                "\" is not folded text (lower-case a-z and 0-9, single spaces; \"=\" first, \"*\" at either end)");
      } else if (!seen.insert(word).second) {
        problem(place + ": word \"" + word + "\" is listed twice");
      } else {
        row.words.push_back(word);
      }
    }
    out.push_back(std::move(row));
  }

  void file(const EmbeddedJsonFile& f, std::vector<std::vector<PatternRow>>& by_lang) {
    const std::string name(f.name);
    const auto document = nlohmann::json::parse(f.text, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) return problem(name + ": not valid JSON");
    if (!document.is_object()) return problem(name + ": must be an object {language, rows}");
    const auto language = document.find("language");
    if (language == document.end() || !language->is_string()) return problem(name + ": \"language\" is missing");
    const auto& tag = language->get_ref<const std::string&>();
    if (name != tag + ".json") return problem(name + ": \"language\" is \"" + tag + "\": the file must be named " + tag + ".json");
    const auto lang = lang_from_name(tag);
    if (!lang) {
      return problem(name + ": language \"" + tag +
                     "\" is not registered: add its tag to Lang and lang_names in core/src/forms/cues.{hpp,cpp}");
    }
    const auto rows = document.find("rows");
    if (rows == document.end() || !rows->is_array() || rows->empty()) return problem(name + ": \"rows\" must be a non-empty list");
    auto& out = by_lang[static_cast<std::size_t>(*lang)];
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const auto& r = (*rows)[i];
      std::string place = name + ": rows[" + std::to_string(i) + "]";
      if (r.is_object() && r.contains("cue") && r["cue"].is_string()) place += " (" + r["cue"].get<std::string>() + ")";
      row(r, *lang, place, out);
    }
  }
};

}  // namespace

bool is_lexicon_word(std::string_view word) noexcept {
  if (!word.empty() && word.front() == '=') word.remove_prefix(1);
  if (!word.empty() && word.front() == '*') word.remove_prefix(1);
  if (!word.empty() && word.back() == '*') word.remove_suffix(1);
  if (word.empty() || word.front() == ' ' || word.back() == ' ') return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == ' ' ? word[i - 1] == ' ' : !word_character(word[i])) return false;
  }
  return true;
}

std::vector<PatternRow> load_lexicon(std::span<const EmbeddedJsonFile> files) {
  LexiconReader reader;
  std::vector<std::vector<PatternRow>> by_lang(lang_count);
  if (files.empty()) reader.problem("the lexicon has no files");
  for (const auto& f : files) reader.file(f, by_lang);
  if (!reader.problems.empty()) {
    std::string message = "field lexicon (core/src/forms/lexicon/):";
    for (const auto& p : reader.problems) message += "\n  " + p;
    throw LexiconError(message);
  }
  std::vector<PatternRow> rows;
  for (auto& list : by_lang) std::move(list.begin(), list.end(), std::back_inserter(rows));
  return rows;
}

std::span<const PatternRow> pattern_rows() {
  static const std::vector<PatternRow> rows = load_lexicon(embedded_lexicon_files());
  return rows;
}

}  // namespace takedown::forms
