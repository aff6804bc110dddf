#pragma once
// The order of vault work inside one host process. The vault's file locks keep each write whole, but
// "delete everything" must not run beside a timestamp or witness that is still writing into a case
// (the deleted case would come back, or the deletion would fail halfway). So every vault.* request
// takes a ticket on the read loop, in arrival order: vault.erase runs once every earlier vault
// request has finished, and every later vault request waits until the erase has finished. Other vault
// requests run side by side. Methods outside the vault (ping, version, core.*) need no ticket.
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <set>
#include <string_view>

namespace takedown::host {

enum class VaultAccess {
  none,       // the method does not touch the vault
  shared,     // any vault.* method but vault.erase
  exclusive,  // vault.erase
};

VaultAccess vault_access(std::string_view method) noexcept;

class VaultGate {
 public:
  // A place in line, held from arrival until the request has been answered; destroying it lets the
  // requests behind it go on. Move-only. A default ticket (no vault access) is always ready.
  class Ticket {
   public:
    Ticket() = default;
    Ticket(Ticket&& other) noexcept;
    Ticket& operator=(Ticket&& other) noexcept;
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    ~Ticket();

   private:
    friend class VaultGate;
    Ticket(VaultGate* gate, std::uint64_t number, bool exclusive) : gate_(gate), number_(number), exclusive_(exclusive) {}
    VaultGate* gate_ = nullptr;
    std::uint64_t number_ = 0;
    bool exclusive_ = false;
  };

  VaultGate() = default;
  VaultGate(const VaultGate&) = delete;
  VaultGate& operator=(const VaultGate&) = delete;

  // Never blocks: call it on the read loop, in the order requests arrive.
  Ticket take(std::string_view method);
  // Whether the ticket's request may run now.
  bool ready(const Ticket& ticket) const;
  // Blocks until it may.
  void wait(const Ticket& ticket) const;

 private:
  bool ready_locked(const Ticket& ticket) const;
  void release(const Ticket& ticket) noexcept;

  mutable std::mutex mutex_;
  mutable std::condition_variable turn_;
  std::uint64_t next_ = 1;
  std::set<std::uint64_t> open_;            // tickets not yet released
  std::set<std::uint64_t> open_exclusive_;  // the erases among them
};

}  // namespace takedown::host
