#pragma once
// In-memory byte streams for the host tests: a reader over a string that can hand out its bytes in
// small pieces or fail, and a writer that collects bytes and can accept them slowly or fail.
#include <algorithm>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>

#include "framing.hpp"

namespace takedown::host::test {

class MemoryReader final : public ByteReader {
 public:
  explicit MemoryReader(std::string data, std::size_t max_per_read = SIZE_MAX)
      : data_(std::move(data)), max_per_read_(max_per_read) {}

  IoResult read_some(char* into, std::size_t size) override {
    ++calls_;
    largest_request_ = std::max(largest_request_, size);
    if (fail_at_ != SIZE_MAX && position_ >= fail_at_) return {0, "simulated read failure"};
    const std::size_t n = std::min({size, data_.size() - position_, max_per_read_});
    std::memcpy(into, data_.data() + position_, n);
    position_ += n;
    return {n, {}};
  }

  // After `offset` bytes were delivered, every read fails.
  void fail_at(std::size_t offset) { fail_at_ = offset; }
  std::size_t consumed() const { return position_; }
  std::size_t calls() const { return calls_; }
  std::size_t largest_request() const { return largest_request_; }

 private:
  std::string data_;
  std::size_t max_per_read_;
  std::size_t position_ = 0;
  std::size_t fail_at_ = SIZE_MAX;
  std::size_t calls_ = 0;
  std::size_t largest_request_ = 0;
};

class MemoryWriter final : public ByteWriter {
 public:
  explicit MemoryWriter(std::size_t max_per_write = SIZE_MAX) : max_per_write_(max_per_write) {}

  IoResult write_some(const char* from, std::size_t size) override {
    if (fail_) return {0, "simulated broken pipe"};
    const std::size_t n = std::min(size, max_per_write_);
    data_.append(from, n);
    return {n, {}};
  }
  IoResult flush() override {
    ++flushes_;
    return {};
  }

  void fail() { fail_ = true; }
  const std::string& data() const { return data_; }
  std::size_t flushes() const { return flushes_; }

 private:
  std::size_t max_per_write_;
  std::string data_;
  std::size_t flushes_ = 0;
  bool fail_ = false;
};

// The 4 length bytes as a little-endian literal would read them, turned into native order.
inline std::string native_header(std::string little_endian) {
  if constexpr (std::endian::native == std::endian::big) std::reverse(little_endian.begin(), little_endian.end());
  return little_endian;
}

// A complete frame for `body`, built independently of the code under test.
inline std::string frame(std::string_view body) {
  const auto size = static_cast<std::uint32_t>(body.size());
  std::string out(4, '\0');
  std::memcpy(out.data(), &size, 4);
  return out + std::string(body);
}

}  // namespace takedown::host::test
