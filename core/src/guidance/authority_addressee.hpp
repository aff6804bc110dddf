#pragma once
// The addressee of a complaint to a supervisory authority (GDPR Art. 77) or a Digital Services
// Coordinator (DSA Art. 53), from the authorities data by the person's residence.
#include "facts.hpp"
#include "step.hpp"

namespace takedown::guidance {

// The AP for the Netherlands (and an unknown residence); the residence's own authority elsewhere in the
// EU/EEA and in the UK; Germany: the Länder to choose from. Elsewhere a nameless "dpa".
Addressee dpa_addressee(const Facts& facts);
// The DSC of the member state of residence (ACM for the Netherlands and an unknown residence).
Addressee dsc_addressee(const Facts& facts);

}  // namespace takedown::guidance
