#include "template.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace takedown::letters {
namespace {

struct Node {
  enum class Kind { line, condition, each, subject };
  Kind kind = Kind::line;
  Line::Type type = Line::Type::prose;
  std::string text;     // a line's template text
  std::string name;     // a condition's or loop's name
  bool negate = false;  // @if !name
  std::vector<Node> then_nodes;
  std::vector<Node> else_nodes;
};

struct Parsed {
  std::vector<Node> nodes;
};

[[noreturn]] void malformed(std::size_t line_number, std::string_view problem) {
  throw std::runtime_error("letter template line " + std::to_string(line_number) + ": " + std::string(problem));
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

Parsed parse(std::string_view source) {
  Parsed parsed;
  // The open blocks: the list new nodes go to, and the node that owns it (for @else and @end).
  struct Open {
    std::vector<Node>* target;
    Node* owner;
    std::size_t line_number;
  };
  std::vector<Open> open{{&parsed.nodes, nullptr, 0}};
  std::size_t line_number = 0;
  while (!source.empty()) {
    ++line_number;
    const auto end = source.find('\n');
    std::string_view raw = source.substr(0, end);
    source.remove_prefix(end == std::string_view::npos ? source.size() : end + 1);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const std::string_view line = trim(raw);
    auto& target = *open.back().target;

    if (line.rfind("@#", 0) == 0) continue;
    if (line.rfind("@subject ", 0) == 0) {
      Node node;
      node.kind = Node::Kind::subject;
      node.text = std::string(trim(line.substr(9)));
      target.push_back(std::move(node));
      continue;
    }
    if (line.rfind("@if ", 0) == 0 || line.rfind("@each ", 0) == 0) {
      Node node;
      const bool is_if = line[1] == 'i';
      node.kind = is_if ? Node::Kind::condition : Node::Kind::each;
      std::string_view name = trim(line.substr(is_if ? 4 : 6));
      if (is_if && !name.empty() && name.front() == '!') {
        node.negate = true;
        name.remove_prefix(1);
      }
      if (name.empty()) malformed(line_number, "a block needs a name");
      node.name = std::string(name);
      target.push_back(std::move(node));
      Node* owner = &target.back();
      open.push_back({&owner->then_nodes, owner, line_number});
      continue;
    }
    if (line == "@else") {
      Node* owner = open.back().owner;
      if (owner == nullptr || owner->kind != Node::Kind::condition || open.back().target == &owner->else_nodes) {
        malformed(line_number, "@else outside an @if");
      }
      open.back().target = &owner->else_nodes;
      continue;
    }
    if (line == "@end") {
      if (open.size() == 1) malformed(line_number, "@end without a block");
      open.pop_back();
      continue;
    }
    if (!line.empty() && line.front() == '@') malformed(line_number, "unknown directive");

    Node node;
    if (line.empty()) {
      node.type = Line::Type::paragraph_break;
    } else if (line.rfind("- ", 0) == 0) {
      node.type = Line::Type::item;
      node.text = std::string(trim(line.substr(2)));
    } else if (line.front() == '|') {
      node.type = Line::Type::own_line;
      node.text = std::string(trim(line.substr(1)));
    } else {
      node.text = std::string(line);
    }
    target.push_back(std::move(node));
  }
  if (open.size() != 1) malformed(open.back().line_number, "block without @end");
  return parsed;
}

class Renderer {
 public:
  explicit Renderer(const TemplateContext& context) : context_(context) {}

  void run(const std::vector<Node>& nodes, std::vector<Line>& out) {
    for (const auto& node : nodes) {
      switch (node.kind) {
        case Node::Kind::line: {
          std::string text = substitute(node.text);
          // A prose or item line whose values were all empty says nothing: leave it out.
          if (node.type == Line::Type::paragraph_break || !trim(text).empty()) out.push_back({node.type, std::move(text)});
          break;
        }
        case Node::Kind::subject: subject = substitute(node.text); break;
        case Node::Kind::condition: run(truthy(node.name) != node.negate ? node.then_nodes : node.else_nodes, out); break;
        case Node::Kind::each: {
          const nlohmann::json& items = lookup(node.name);
          if (!items.is_array()) throw std::runtime_error("letter template: @each " + node.name + " is not a list");
          for (const auto& item : items) {
            item_ = &item;
            run(node.then_nodes, out);
          }
          item_ = nullptr;
          break;
        }
      }
    }
  }

  std::string substitute(std::string_view text) {
    std::string out;
    for (;;) {
      const auto open = text.find("{{");
      if (open == std::string_view::npos) break;
      const auto close = text.find("}}", open);
      if (close == std::string_view::npos) throw std::runtime_error("letter template: unclosed {{ in: " + std::string(text));
      out.append(text.substr(0, open));
      out += value(std::string(trim(text.substr(open + 2, close - open - 2))));
      text.remove_prefix(close + 2);
    }
    out.append(text);
    return out;
  }

  std::vector<std::string> used;
  std::string subject;

 private:
  const nlohmann::json& lookup(const std::string& name) {
    const nlohmann::json* found = context_.find(name);
    if (found == nullptr) throw std::runtime_error("letter template uses unknown name " + name);
    if (std::find(used.begin(), used.end(), name) == used.end()) used.push_back(name);
    return *found;
  }

  bool truthy(const std::string& name) {
    const nlohmann::json& v = name.front() == '.' ? item_field(name) : lookup(name);
    if (v.is_boolean()) return v.get<bool>();
    if (v.is_string()) return !v.get_ref<const std::string&>().empty();
    return v.is_array() && !v.empty();
  }

  const nlohmann::json& item_field(const std::string& name) const {
    if (item_ == nullptr) throw std::runtime_error("letter template: " + name + " outside @each");
    if (name == ".") return *item_;
    const std::string field = name.substr(1);
    if (!item_->is_object() || !item_->contains(field)) {
      throw std::runtime_error("letter template: list item has no field " + name);
    }
    return (*item_)[field];
  }

  std::string value(const std::string& name) {
    if (name.empty()) throw std::runtime_error("letter template: empty {{}}");
    const nlohmann::json& v = name.front() == '.' ? item_field(name) : lookup(name);
    if (!v.is_string()) throw std::runtime_error("letter template: " + name + " is not a text");
    return v.get<std::string>();
  }

  const TemplateContext& context_;
  const nlohmann::json* item_ = nullptr;
};

void collect_names(const std::vector<Node>& nodes, std::vector<std::string>& names) {
  const auto add = [&](const std::string& name) {
    if (name.empty() || name.front() == '.') return;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  };
  for (const auto& node : nodes) {
    if (node.kind == Node::Kind::condition || node.kind == Node::Kind::each) {
      add(node.name);
      collect_names(node.then_nodes, names);
      collect_names(node.else_nodes, names);
      continue;
    }
    std::string_view text = node.text;
    for (auto open = text.find("{{"); open != std::string_view::npos; open = text.find("{{")) {
      const auto close = text.find("}}", open);
      if (close == std::string_view::npos) break;
      add(std::string(trim(text.substr(open + 2, close - open - 2))));
      text.remove_prefix(close + 2);
    }
  }
}

}  // namespace

void TemplateContext::set_text(const std::string& name, std::string value, Source source) {
  values_[name] = std::move(value);
  sources_[name] = std::move(source);
}

void TemplateContext::set_flag(const std::string& name, bool value, Source source) {
  values_[name] = value;
  sources_[name] = std::move(source);
}

void TemplateContext::set_list(const std::string& name, nlohmann::json items, Source source) {
  values_[name] = std::move(items);
  sources_[name] = std::move(source);
}

const nlohmann::json* TemplateContext::find(const std::string& name) const {
  const auto found = values_.find(name);
  return found == values_.end() ? nullptr : &*found;
}

const Source& TemplateContext::source_of(const std::string& name) const {
  static const Source none;
  const auto found = sources_.find(name);
  return found == sources_.end() ? none : found->second;
}

RenderedTemplate render_template(std::string_view source, const TemplateContext& context) {
  const Parsed parsed = parse(source);
  Renderer renderer(context);
  RenderedTemplate out;
  renderer.run(parsed.nodes, out.lines);
  out.subject = std::move(renderer.subject);
  out.used = std::move(renderer.used);
  return out;
}

std::vector<std::string> names_in_template(std::string_view source) {
  const Parsed parsed = parse(source);
  std::vector<std::string> names;
  collect_names(parsed.nodes, names);
  return names;
}

}  // namespace takedown::letters
