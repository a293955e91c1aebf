// The kinds of personal data twpii knows, and the registry that `twpii detectors`, `--types`
// and the reporters read. Everything here is immutable and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace twpii {

enum class PiiType : std::uint8_t {
  national_id,
  resident_id,
  phone,
  email,
  address,
  person_name,
  birth_date,
  passport,
  nhi_card,
  business_id,
  license_plate,
  bank_account,
  credit_card,
  citizen_cert,
  custom,
};
// Number of PiiType values: the size of per-type arrays.
inline constexpr std::size_t k_type_count = static_cast<std::size_t>(PiiType::custom) + 1;

struct TypeInfo {
  PiiType type;
  std::string_view name;        // stable machine name: "national_id"
  std::string_view label;       // Chinese label used by --style label: "身分證字號"
  std::string_view description; // one line for `twpii detectors`
  std::string_view example;     // an invented example value
};

// All types, in a fixed order.
std::span<const TypeInfo> all_types();
const TypeInfo& type_info(PiiType type);
std::optional<PiiType> parse_type(std::string_view name);

// A set of types, as a bit mask.
class TypeSet {
public:
  static TypeSet all() { return TypeSet((1u << all_types().size()) - 1); }
  static TypeSet none() { return TypeSet(0); }
  bool contains(PiiType t) const { return (m_bits >> static_cast<unsigned>(t)) & 1u; }
  void add(PiiType t) { m_bits |= 1u << static_cast<unsigned>(t); }
  bool empty() const { return m_bits == 0; }

private:
  explicit TypeSet(std::uint32_t bits) : m_bits(bits) {}
  std::uint32_t m_bits;
};

} // namespace twpii
