// letters.render: a letter of a given kind, in Dutch or English, written from the case and profile.
#include "letters/render.hpp"
#include "methods.hpp"

namespace takedown::core {

MethodResult letters_render(const nlohmann::json& params) {
  auto input = letters::read_letter_input(params);
  if (auto* failure = std::get_if<Failure>(&input)) return *failure;
  return letters::render_letter(std::get<letters::LetterInput>(input));
}

}  // namespace takedown::core
