#include "evidence.hpp"

#include <algorithm>
#include <span>

#include "fold.hpp"

namespace takedown::forms {
namespace {

// How a label's words relate. "X of Y": a label names its field first and qualifies it after a linking
// word ("Links to the posts, comments or media", "URL van het profiel", "Beschreibung des Inhalts"), so
// matches after the first count less. A compound without a linking word names it last ("Message
// link(s)", "Company email"), so matches before the last count less. Readings joined by "or" / "and"
// keep their weight ("Email or phone" must stay a tie). Text in brackets is an aside ("(optional)",
// "(include links)") and counts less too.
constexpr double after_head = 0.75;     // "X of Y": Y
constexpr double before_head = 0.5;     // "X Y" compound: X, a modifier
constexpr double aside = 0.75;

// Which field a label names is a matter of its head; statements (whole sentences) and qualifiers
// ("confirm", "of the uploader", "sign in", "if you are", "the code we sent to your phone") count wherever they stand.
bool positional_cue(Cue cue) {
  switch (cue) {
    case Cue::sworn: case Cue::good_faith: case Cue::consent: case Cue::newsletter: case Cue::confirm:
    case Cue::third_party: case Cue::report_context: case Cue::login: case Cue::signup: case Cue::conditional:
    case Cue::decoy:
    case Cue::code: case Cue::self: case Cue::child: case Cue::represented: case Cue::yes: case Cue::no:
    // Questions and categories: they name what is asked, never which personal field a label is.
    case Cue::ai_generated: case Cue::consent_to_share: case Cue::without_consent: case Cue::report_category:
    case Cue::category_intimate: case Cue::category_privacy:
      return false;
    default:
      return true;
  }
}

bool has_word(std::string_view text, std::span<const std::string_view> words) {
  for (const auto word : words) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

constexpr std::string_view linkers[] = {
    " of ", " to ", " for ", " from ", " about ", " van ", " voor ", " naar ", " over ", " des ", " der ", " von ",
    " zum ", " zur ", " zu ", " fur ", " de ", " du ", " pour ", " sur ", " del ", " para ", " sobre ", " di ",
    " della ", " per ", " do ", " da ", " dla ", " z "};
constexpr std::string_view joins[] = {" or ", " and ", " oder ", " und ", " ou ", " et ", " o ", " u ", " y ",
                                      " e ", " oppure ", " lub ", " albo ", " i ", " en "};

// Two readings joined by "or" / "and" with at most one other word between them ("Email or phone",
// "E-mail or your phone number"); word edges are spaces shared by neighbouring matches.
bool joined(std::string_view folded, const PatternMatch& a, const PatternMatch& b) {
  const PatternMatch& first = a.begin <= b.begin ? a : b;
  const PatternMatch& second = a.begin <= b.begin ? b : a;
  const std::size_t from = first.end > 0 ? first.end - 1 : 0;
  if (from > second.begin) return false;
  const std::string_view gap = folded.substr(from, second.begin + 1 - from);
  return std::count(gap.begin(), gap.end(), ' ') <= 3 && has_word(gap, joins);
}

void add_folded(FieldMatches& out, std::string_view folded, TextSource source, double factor,
                std::vector<PatternMatch>& scratch) {
  scratch.clear();
  PatternMatcher::instance().find(folded, scratch);
  if (scratch.empty()) return;
  // The head is among the matches that name a field.
  std::size_t first = scratch.size();
  std::size_t last = scratch.size();
  for (std::size_t i = 0; i < scratch.size(); ++i) {
    if (!positional_cue(scratch[i].cue)) continue;
    if (first == scratch.size() || scratch[i].begin < scratch[first].begin) first = i;
    if (last == scratch.size() || scratch[i].begin > scratch[last].begin) last = i;
  }
  if (first == scratch.size()) first = last = 0;
  // A linking word inside the first match ("links to") or between the first and the last (not inside the
  // last: "one link per line" links nothing).
  const std::size_t span_end = std::max<std::size_t>(scratch[last].begin + 1, scratch[first].end);
  const bool head_first = first != last && has_word(folded.substr(scratch[first].begin, span_end - scratch[first].begin), linkers);
  const PatternMatch head = scratch[head_first ? first : last];
  for (auto m : scratch) {
    if (m.begin != head.begin && positional_cue(m.cue) && !joined(folded, m, head)) {
      m.weight *= head_first ? after_head : before_head;
    }
    m.weight *= factor;
    out.found.push_back({source, m});
  }
}

// A natural-language text: its main words, and each bracketed aside and what follows a colon
// ("Signature: type your full legal name") on its own, counting less.
void add_text(FieldMatches& out, std::string_view text, TextSource source, std::vector<PatternMatch>& scratch) {
  if (text.empty()) return;
  std::string main;
  std::string part;
  int depth = 0;
  bool after_colon = false;
  for (const char c : text) {
    if (c == ':' && depth == 0 && !after_colon && fold_text(main).size() > 2) {
      after_colon = true;
      continue;
    }
    if (after_colon) {
      part += c;
      continue;
    }
    if (c == '(' || c == '[') {
      if (depth++ == 0) {
        part.clear();
        main += ' ';
        continue;
      }
    } else if ((c == ')' || c == ']') && depth > 0) {
      if (--depth == 0) {
        add_folded(out, fold_text(part), source, aside, scratch);
        continue;
      }
    }
    (depth > 0 ? part : main) += c;
  }
  if (depth > 0 || after_colon) add_folded(out, fold_text(part), source, aside, scratch);
  // A comma lists: "City, State" names two things as much as "City and State" does.
  for (std::size_t at = main.find(", "); at != std::string::npos; at = main.find(", ", at + 5)) main.replace(at, 2, " and ");
  add_folded(out, fold_text(main), source, 1.0, scratch);
}

// A name or id: a match that reaches the last word says more than one before it.
void add_identifier(FieldMatches& out, std::string_view identifier, std::vector<PatternMatch>& scratch) {
  if (identifier.empty()) return;
  const std::string folded = fold_identifier(identifier);
  scratch.clear();
  PatternMatcher::instance().find(folded, scratch);
  // folded is " word ... word ": the last word starts after the last inner space.
  const std::size_t last_word_start = folded.size() < 2 ? 0 : folded.rfind(' ', folded.size() - 2) + 1;
  for (const auto& m : scratch) {
    const bool last_word = m.end > last_word_start;
    out.found.push_back({last_word ? TextSource::attribute_last_word : TextSource::attribute_inner_word, m});
  }
}

}  // namespace

FieldMatches match_field(const SnapshotField& field) {
  FieldMatches out;
  std::vector<PatternMatch> scratch;
  for (const auto& label : field.labels) add_text(out, label.text, label.source, scratch);
  add_text(out, field.placeholder, TextSource::placeholder, scratch);
  add_text(out, field.title, TextSource::title, scratch);
  add_identifier(out, field.name, scratch);
  if (field.id != field.name) add_identifier(out, field.id, scratch);
  add_text(out, field.group, TextSource::group, scratch);
  add_text(out, field.description, TextSource::description, scratch);
  add_text(out, field.section, TextSource::section, scratch);
  return out;
}

namespace {

// Labels tied to the field by markup; text merely near it (a previous sibling, an ancestor row) is
// read only when these say nothing: a heading's or a paragraph's words must not outvote "First name".
bool tied_label(TextSource source, bool checkable) {
  return source == TextSource::label_for || source == TextSource::label_wrap || source == TextSource::label_labelledby ||
         source == TextSource::label_aria || (checkable && source == TextSource::label_after);
}

bool nearby_label(TextSource source, bool checkable) {
  return source == TextSource::label_sibling || source == TextSource::label_ancestor ||
         (!checkable && source == TextSource::label_after);
}

}  // namespace

FieldEvidence::FieldEvidence(const FieldMatches& matches, std::optional<Lang> page, bool checkable) {
  const bool tied = std::any_of(matches.found.begin(), matches.found.end(),
                                [&](const FieldMatches::Found& f) { return tied_label(f.source, checkable); });
  for (const auto& found : matches.found) {
    const PatternMatch& m = found.match;
    if (tied && nearby_label(found.source, checkable)) continue;
    double language = 1.0;
    if (m.lang != Lang::any) {
      if (m.strict && m.lang != page) continue;
      if (page && m.lang != *page) language = 0.9;
    }
    double weight = source_weight(found.source, checkable);
    // A checkbox's statement often sits in its fieldset's legend ("Sworn statement"), not its own label.
    if (checkable && found.source == TextSource::section) weight = 0.5;
    const double value = m.weight * weight * language;
    const Pool pool = (checkable && found.source == TextSource::description) ? Pool::label : pool_of(found.source);
    const auto cue = static_cast<std::size_t>(m.cue);
    auto& slot = pools_[static_cast<std::size_t>(pool)][cue];
    slot = std::max(slot, value);
    if (value > best_[cue].score) best_[cue] = {value, m.words, m.lang, pool};
  }
}

double FieldEvidence::score(Cue cue) const {
  const auto c = static_cast<std::size_t>(cue);
  double missing = 1.0;
  bool primary = false;
  for (std::size_t p = 0; p < pool_count; ++p) {
    const double s = pools_[p][c];
    if (s <= 0) continue;
    if (static_cast<Pool>(p) != Pool::context) primary = true;
    missing *= 1.0 - s;
  }
  return primary ? 1.0 - missing : 0.0;
}

double FieldEvidence::own_label_score(Cue cue) const {
  const auto c = static_cast<std::size_t>(cue);
  double missing = 1.0;
  for (const Pool p : {Pool::label, Pool::placeholder, Pool::attribute, Pool::title}) {
    missing *= 1.0 - pools_[static_cast<std::size_t>(p)][c];
  }
  return 1.0 - missing;
}

double FieldEvidence::read_score(Cue cue) const {
  const auto c = static_cast<std::size_t>(cue);
  return 1.0 - (1.0 - pools_[static_cast<std::size_t>(Pool::label)][c]) *
                   (1.0 - pools_[static_cast<std::size_t>(Pool::placeholder)][c]);
}

double FieldEvidence::any(Cue cue) const { return best_[static_cast<std::size_t>(cue)].score; }

std::optional<Lang> detect_language(const std::vector<FieldMatches>& fields) {
  std::array<std::size_t, lang_count> counts{};
  for (const auto& field : fields) {
    for (const auto& found : field.found) {
      // Names and ids are mostly English whatever the page's language: only texts people read count.
      if (pool_of(found.source) == Pool::attribute) continue;
      if (found.match.lang != Lang::any) ++counts[static_cast<std::size_t>(found.match.lang)];
    }
  }
  std::size_t best = 0;
  std::size_t second = 0;
  std::size_t best_lang = 0;
  for (std::size_t i = 1; i < lang_count; ++i) {
    if (counts[i] > best) {
      second = best;
      best = counts[i];
      best_lang = i;
    } else if (counts[i] > second) {
      second = counts[i];
    }
  }
  if (best < 2 || best < second * 3 / 2 + 1) return std::nullopt;
  return static_cast<Lang>(best_lang);
}

}  // namespace takedown::forms
