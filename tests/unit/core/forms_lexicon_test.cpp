// The field lexicon as data (core/src/forms/lexicon/<lang>.json): the embedded files load, cover every
// cue and language, and a malformed file is refused with an error that names the file, row and word.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "forms/lexicon.hpp"
#include "forms/pattern_matcher.hpp"

namespace forms_lexicon_test {  // one per file: the unity build joins test files

using namespace takedown::forms;

namespace {

// The error `load_lexicon` gives for one file named `name` holding `text` ("" when it loads).
std::string error_of(std::string_view name, std::string_view text) {
  const EmbeddedJsonFile files[] = {{name, text}};
  try {
    (void)load_lexicon(files);
  } catch (const LexiconError& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the embedded lexicon has one file per registered language and a row for every cue") {
  std::set<std::string> names;
  for (const auto& f : embedded_lexicon_files()) names.emplace(f.name);
  for (std::size_t l = 0; l < lang_count; ++l) {
    const std::string expected = std::string(lang_name(static_cast<Lang>(l))) + ".json";
    INFO(expected);
    CHECK(names.count(expected) == 1);
  }
  CHECK(names.size() == lang_count);
  std::set<Cue> cues;
  for (const auto& row : pattern_rows()) cues.insert(row.cue);
  for (std::size_t c = 0; c < cue_count; ++c) {
    INFO(cue_name(static_cast<Cue>(c)));
    CHECK(cues.count(static_cast<Cue>(c)) == 1);
  }
}

TEST_CASE("the embedded rows keep the table's order and markers: languages in the order of Lang, strict rows strict") {
  const auto rows = pattern_rows();
  REQUIRE(!rows.empty());
  for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].lang <= rows[i].lang);
  bool stato = false;
  for (const auto& row : rows) {
    for (const auto& w : row.words) {
      if (w == "stato" && row.cue == Cue::country) stato = row.strict && row.lang == Lang::it;
    }
  }
  CHECK(stato);
  std::size_t words = 0;
  for (const auto& row : rows) words += row.words.size();
  CHECK(PatternMatcher::instance().pattern_count() == words);
}

TEST_CASE("a well-formed lexicon file loads with its rows, words and markers") {
  const auto rows = [] {
    const EmbeddedJsonFile files[] = {
        {"nl.json", R"({"language": "nl", "rows": [{"cue": "given_name", "weight": 1.0, "words": ["voornaam", "*voornaam"]},
                                                   {"cue": "organisation", "weight": 0.9, "words": ["firma"], "strict": true}]})"},
        {"any.json", R"({"language": "any", "rows": [{"cue": "email", "weight": 0.8, "words": ["=mail", "e mail*"]}]})"}};
    return load_lexicon(files);
  }();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].lang == Lang::any);  // ordered by language, whatever the order of the files
  CHECK(rows[0].words == std::vector<std::string>{"=mail", "e mail*"});
  CHECK(rows[1].cue == Cue::given_name);
  CHECK(rows[1].weight == 1.0);
  CHECK_FALSE(rows[1].strict);
  CHECK(rows[2].strict);
}

TEST_CASE("a malformed lexicon file gives an error naming the file, the row and what is wrong") {
  const auto one_row = [](const std::string& row) { return R"({"language": "en", "rows": [)" + row + "]}"; };
  CHECK(contains(error_of("en.json", "{\"language\": \"en\", \"rows\": ["), "en.json: not valid JSON"));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "givn_name", "weight": 1.0, "words": ["first name"]})")),
                 "en.json: rows[0] (givn_name): \"cue\" must be one of the cue names"));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": 0, "words": ["mail"]})")),
                 "rows[0] (email): \"weight\" must be a number in (0, 1]"));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": 1.5, "words": ["mail"]})")), "\"weight\""));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": "1", "words": ["mail"]})")), "\"weight\""));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": 1.0, "words": []})")),
                 "\"words\" must be a non-empty list"));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": 1.0})")), "\"words\" must be a non-empty list"));
  for (const char* bad : {"E-mail", "e  mail", " mail", "mail|post", "*", "=", "ma*il", "m=ail", "e-mail", "", "é"}) {
    INFO(bad);
    const std::string row = R"({"cue": "email", "weight": 1.0, "words": [")" + std::string(bad) + R"("]})";
    CHECK(contains(error_of("en.json", one_row(row)), "is not folded text"));
  }
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": 1.0, "words": ["mail", "mail"]})")),
                 "word \"mail\" is listed twice"));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "weight": 1.0, "words": ["mail"], "strict": "yes"})")),
                 "\"strict\" must be true or false"));
  CHECK(contains(error_of("en.json", one_row(R"({"cue": "email", "wieght": 1.0, "words": ["mail"]})")),
                 "unknown key \"wieght\""));
  CHECK(contains(error_of("en.json", R"({"language": "en", "rows": []})"), "\"rows\" must be a non-empty list"));
  CHECK(contains(error_of("de.json", R"({"language": "en", "rows": [{"cue": "email", "weight": 1.0, "words": ["mail"]}]})"),
                 "the file must be named en.json"));
  // A new language needs its tag registered first: the error says where.
  CHECK(contains(error_of("sv.json", R"({"language": "sv", "rows": [{"cue": "email", "weight": 1.0, "words": ["e post"]}]})"),
                 "language \"sv\" is not registered: add its tag to Lang"));
  // Every problem is listed, each with its place.
  const std::string many = error_of("en.json", one_row(R"({"cue": "x", "weight": 2, "words": ["OK"]})"));
  CHECK(contains(many, "\"cue\""));
  CHECK(contains(many, "\"weight\""));
  CHECK(contains(many, "\"OK\" is not folded text"));
  CHECK(error_of("en.json", one_row(R"({"cue": "email", "weight": 1.0, "words": ["=e mail*", "*mail", "mail 2"]})")).empty());
}

}  // namespace forms_lexicon_test
