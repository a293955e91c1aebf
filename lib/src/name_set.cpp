// NameSet: laying out the tables of a set of names and looking names up in them.
#include "name_set.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <stdexcept>

namespace twpii::patterns {

namespace {
constexpr std::uint64_t k_fnv_basis = 0xcbf29ce484222325ULL;
inline std::uint64_t fnv_step(std::uint64_t h, char b) {
  return (h ^ static_cast<unsigned char>(b)) * 0x100000001b3ULL;
}
// The low six bits of the last two bytes: for a CJK character (two continuation bytes last)
// they tell it from the other characters of its 64-character block. 4,096 values.
inline unsigned last_two(std::string_view s, std::size_t end) {
  return (static_cast<unsigned char>(s[end - 2]) & 0x3F) << 6 |
         (static_cast<unsigned char>(s[end - 1]) & 0x3F);
}
inline std::string_view name_of(const NameSet::Tables& t, NameSet::Slot slot) {
  return t.names.substr(slot.place >> 8, slot.place & 0xFF);
}
} // namespace

NameSet::NameSet(std::span<const std::string_view> names) {
  std::size_t size = 16;
  while (size < names.size() * 2) {
    size *= 2;
  }
  m_slots.assign(size, Slot{0, 0});
  m_filter.assign(std::max<std::size_t>(size * 4 / 64, 1), 0); // 8 bits per name
  m_longest.assign(k_longest_size, 0); // an upper bound per last_two() value
  std::size_t total = 0;
  for (std::string_view name : names) {
    total += name.size();
  }
  m_names.reserve(total); // never reallocated below: the views into it stay valid
  m_t = Tables{m_slots, m_filter, m_longest, {}};
  for (std::string_view name : names) {
    if (name.size() < 2) {
      continue;
    }
    if (name.size() > 0xFF || m_names.size() + name.size() > 0xFFFFFF) {
      throw std::length_error("NameSet: a name or all of them too long");
    }
    std::uint64_t h = k_fnv_basis;
    for (std::size_t i = name.size(); i-- > 0;) {
      h = fnv_step(h, name[i]);
    }
    std::size_t at = h & (size - 1);
    const auto check = static_cast<std::uint32_t>(h >> 32);
    m_t.names = std::string_view(m_names.data(), m_names.size());
    while (m_slots[at].place != 0 &&
           !(m_slots[at].check == check && name_of(m_t, m_slots[at]) == name)) {
      at = (at + 1) & (size - 1);
    }
    if (m_slots[at].place != 0) {
      continue; // a duplicate
    }
    m_slots[at] = Slot{check, static_cast<std::uint32_t>(m_names.size() << 8 | name.size())};
    m_names.insert(m_names.end(), name.begin(), name.end());
    const std::size_t bit = (h >> 20) & (m_filter.size() * 64 - 1);
    m_filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    auto chars = static_cast<std::uint8_t>(std::min<std::size_t>(util::count_chars(name), 255));
    unsigned key = last_two(name, name.size());
    m_longest[key] = std::max(m_longest[key], chars);
  }
  m_t.names = std::string_view(m_names.data(), m_names.size());
}

bool NameSet::contains(std::string_view name) const {
  return name.size() >= 2 && longest_ending_at(name, name.size()) == 0;
}

std::size_t NameSet::longest_ending_at(std::string_view text, std::size_t end) const {
  if (end < 2 || m_t.slots.empty()) {
    return std::string_view::npos;
  }
  int most = m_t.longest[last_two(text, end)];
  const std::size_t mask = m_t.slots.size() - 1;
  const std::size_t filter_mask = m_t.filter.size() * 64 - 1;
  std::size_t best = std::string_view::npos, p = end;
  std::uint64_t h = k_fnv_basis;
  for (int k = 0; k < most && p > 0; ++k) {
    std::size_t q = p;
    do {
      --p;
    } while (p > 0 && util::is_continuation(text[p]));
    if (auto lead = static_cast<unsigned char>(text[p]); lead < 0xE4 || lead > 0xE9) {
      break;
    }
    for (std::size_t i = q; i-- > p;) {
      h = fnv_step(h, text[i]);
    }
    if (k == 0) {
      continue; // names have two characters at least
    }
    if (const std::size_t bit = (h >> 20) & filter_mask;
        ((m_t.filter[bit >> 6] >> (bit & 63)) & 1) == 0) {
      continue;
    }
    const auto check = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t at = h & mask; m_t.slots[at].place != 0; at = (at + 1) & mask) {
      if (m_t.slots[at].check == check && name_of(m_t, m_t.slots[at]) == text.substr(p, end - p)) {
        best = p;
        break;
      }
    }
  }
  return best;
}

} // namespace twpii::patterns
