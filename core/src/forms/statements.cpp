#include "statements.hpp"

#include <algorithm>

#include "fold.hpp"

namespace takedown::forms {
namespace {

Classification from_cue(FieldType type, double confidence, const FieldEvidence& evidence, Cue cue) {
  Classification c;
  c.type = type;
  c.confidence = confidence;
  c.source = Source::pattern;
  const auto& best = evidence.best(cue);
  c.matched = std::string(best.words);
  if (best.lang != Lang::any) c.language = best.lang;
  return c;
}

std::size_t word_count(std::string_view text) {
  const std::string folded = fold_text(text);
  return folded.size() <= 1 ? 0 : static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) - 1;
}

Cue question_cue(FieldType type) {
  switch (type) {
    case FieldType::ai_generated: return Cue::ai_generated;
    case FieldType::consent_to_share: return Cue::consent_to_share;
    default: return Cue::report_category;
  }
}

// A radio of a question the case answers: "what are you reporting" (whatever the radio says), or a
// yes/no about AI or consent (the radio answering yes or no, or naming AI itself).
std::optional<FieldType> asked_question(const FieldEvidence& evidence, Answer answer) {
  if (evidence.score(Cue::report_category) >= min_confidence(FieldType::report_category)) return FieldType::report_category;
  const double ai = evidence.score(Cue::ai_generated);
  const double consent = evidence.score(Cue::consent_to_share);
  const bool yes_no = answer == Answer::yes || answer == Answer::no;
  if (consent >= min_confidence(FieldType::consent_to_share) && consent >= ai && yes_no) return FieldType::consent_to_share;
  if (ai >= min_confidence(FieldType::ai_generated)) return FieldType::ai_generated;
  return std::nullopt;
}

}  // namespace

Answer own_answer(const SnapshotField& field, std::optional<Lang> page) {
  for (const auto& label : field.labels) {
    if (label.source == TextSource::label_ancestor) continue;  // an ancestor row holds the question too
    const Answer answer = answer_of(label.text, page);
    if (answer != Answer::none) return answer;
  }
  return answer_of(field.value, page);
}

Classification classify_checkable(const SnapshotField& field, const FieldEvidence& evidence, FieldKind kind,
                                  const FormContext& context) {
  // Statements may be named only by their fieldset ("Sworn statement") above an "I agree".
  const double sworn = std::max(evidence.score(Cue::sworn), evidence.any(Cue::sworn));
  const double good_faith = std::max(evidence.score(Cue::good_faith), evidence.any(Cue::good_faith));
  const double consent = evidence.score(Cue::consent);
  const double newsletter = evidence.score(Cue::newsletter);

  if (kind == FieldKind::radio) {
    const double question = evidence.score(Cue::relationship);
    Classification c;
    c.answer = own_answer(field, context.page);
    if (question >= min_confidence(FieldType::relationship)) {
      c = from_cue(FieldType::relationship, question, evidence, Cue::relationship);
      c.answer = own_answer(field, context.page);
    } else if (const auto question_type = asked_question(evidence, c.answer)) {
      const Answer answer = c.answer;
      c = from_cue(*question_type, evidence.score(question_cue(*question_type)), evidence, question_cue(*question_type));
      c.answer = answer;
    } else if (c.answer == Answer::self || c.answer == Answer::child || c.answer == Answer::represented) {
      // An answer without a recognised question: the group decides (context_pass.cpp).
      c.confidence = 0;
    }
    return c;
  }

  // Sworn outranks good faith when it is said as strongly: "I swear ... that I have a good-faith belief".
  if (sworn >= min_confidence(FieldType::sworn_statement) && sworn >= good_faith) {
    return from_cue(FieldType::sworn_statement, sworn, evidence, Cue::sworn);
  }
  if (good_faith >= min_confidence(FieldType::good_faith_statement)) {
    return from_cue(FieldType::good_faith_statement, good_faith, evidence, Cue::good_faith);
  }
  if (newsletter > 0 && newsletter >= consent) {
    Classification c = from_cue(FieldType::unknown, newsletter, evidence, Cue::newsletter);
    return c;
  }
  if (consent >= min_confidence(FieldType::consent_checkbox)) {
    return from_cue(FieldType::consent_checkbox, consent, evidence, Cue::consent);
  }
  // "This image was made or altered with AI": a fact every case here states.
  const double ai = evidence.own_label_score(Cue::ai_generated);
  const std::size_t ai_words = field.labels.empty() ? 0 : word_count(field.labels.front().text);
  if (ai >= min_confidence(FieldType::ai_generated) && ai_words > 0 && ai_words <= 15 &&
      own_answer(field, context.page) != Answer::no) {
    return from_cue(FieldType::ai_generated, ai, evidence, Cue::ai_generated);
  }
  // A short plain fact ("I am the person in the image") may be ticked from the case; anything longer
  // is likely a statement in words the table does not know, and stays the person's to tick.
  const Answer answer = own_answer(field, context.page);
  const std::size_t words = field.labels.empty() ? 0 : word_count(field.labels.front().text);
  if (answer == Answer::self || answer == Answer::child || answer == Answer::represented) {
    const Cue cue = answer == Answer::self ? Cue::self : answer == Answer::child ? Cue::child : Cue::represented;
    const double score = evidence.own_label_score(cue);
    if (words > 0 && words <= 15 && score >= min_confidence(FieldType::relationship)) {
      Classification c = from_cue(FieldType::relationship, score, evidence, cue);
      c.answer = answer;
      return c;
    }
  }
  return {};
}

}  // namespace takedown::forms
