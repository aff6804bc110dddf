#include "vault_gate.hpp"

#include <utility>

namespace takedown::host {

VaultAccess vault_access(std::string_view method) noexcept {
  if (method == "vault.erase") return VaultAccess::exclusive;
  if (method.starts_with("vault.")) return VaultAccess::shared;
  return VaultAccess::none;
}

VaultGate::Ticket::Ticket(Ticket&& other) noexcept
    : gate_(std::exchange(other.gate_, nullptr)), number_(other.number_), exclusive_(other.exclusive_) {}

VaultGate::Ticket& VaultGate::Ticket::operator=(Ticket&& other) noexcept {
  if (this != &other) {
    if (gate_ != nullptr) gate_->release(*this);
    gate_ = std::exchange(other.gate_, nullptr);
    number_ = other.number_;
    exclusive_ = other.exclusive_;
  }
  return *this;
}

VaultGate::Ticket::~Ticket() {
  if (gate_ != nullptr) gate_->release(*this);
}

VaultGate::Ticket VaultGate::take(std::string_view method) {
  const VaultAccess access = vault_access(method);
  if (access == VaultAccess::none) return Ticket();
  const std::lock_guard lock(mutex_);
  const std::uint64_t number = next_++;
  open_.insert(number);
  if (access == VaultAccess::exclusive) open_exclusive_.insert(number);
  return Ticket(this, number, access == VaultAccess::exclusive);
}

bool VaultGate::ready_locked(const Ticket& ticket) const {
  if (ticket.gate_ == nullptr) return true;
  // An erase goes when it is the oldest open ticket; anything else when no older erase is open.
  if (ticket.exclusive_) return *open_.begin() == ticket.number_;
  return open_exclusive_.empty() || *open_exclusive_.begin() > ticket.number_;
}

bool VaultGate::ready(const Ticket& ticket) const {
  const std::lock_guard lock(mutex_);
  return ready_locked(ticket);
}

void VaultGate::wait(const Ticket& ticket) const {
  std::unique_lock lock(mutex_);
  turn_.wait(lock, [&] { return ready_locked(ticket); });
}

void VaultGate::release(const Ticket& ticket) noexcept {
  {
    const std::lock_guard lock(mutex_);
    open_.erase(ticket.number_);
    open_exclusive_.erase(ticket.number_);
  }
  turn_.notify_all();
}

}  // namespace takedown::host
