#pragma once
// Does the GDPR apply? The Dutch DPA's test: a recognisable face or body makes a deepfake personal
// data; sharing only within a limited personal circle falls under the household exemption. The GDPR does
// not protect the dead (Recital 27; the Netherlands made no rules of its own).
#include <string_view>
#include <vector>

#include "situation.hpp"
#include "texts.hpp"

namespace takedown::guidance {

enum class GdprScope { yes, no_household_exemption, no_deceased, unclear };

struct GdprAnswer {
  GdprScope scope;
  Text reason;
  std::vector<std::string_view> sources;
};

GdprAnswer gdpr_scope(const Situation& situation);
std::string_view scope_name(GdprScope scope) noexcept;

}  // namespace takedown::guidance
