// Masking styles (see mask.hpp). Works on the value as written, one character at a time, so
// widths and separators survive: Ａ１２３４５６７８９ → Ａ１２３４５＊＊＊＊.
#include "detectors.hpp"
#include "patterns.hpp"
#include "text_util.hpp"

#include <twpii/mask.hpp>
#include <twpii/normalize.hpp>

#include <fmt/format.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <vector>

namespace twpii {

std::optional<Style> parse_style(std::string_view name) {
  if (name == "official") {
    return Style::official;
  }
  if (name == "redact") {
    return Style::redact;
  }
  if (name == "label") {
    return Style::label;
  }
  if (name == "pseudonym") {
    return Style::pseudonym;
  }
  return std::nullopt;
}

namespace {
struct Char {
  std::string_view text; // the character as written
  char folded;           // its ASCII fold, or 0 for a non-ASCII character
  bool wide;
};

std::vector<Char> split(std::string_view value) {
  std::vector<Char> out;
  NormText norm;
  for (std::size_t i = 0; i < value.size();) {
    std::size_t len = 0;
    char32_t cp = util::utf8_decode(value, i, &len);
    std::string_view text = value.substr(i, len);
    normalize(text, norm);
    char folded = norm.text.size() == 1 ? norm.text[0] : 0;
    out.push_back(Char{text, folded, util::is_wide(cp)});
    i += len;
  }
  return out;
}

std::string_view star(const Char& c) {
  // The middle dot of indigenous names (巴奈·吉勒): two bytes in UTF-8 as in Big5, so ×, of the
  // same width and size in both, not ＊ (three bytes in UTF-8), keeps the file's length.
  if (c.text == "\u00B7") {
    return "\u00D7";
  }
  return c.wide ? "＊" : "*";
}

// The digits of a phone number as dialled nationally (+886 2 ... → 02 ...), and how the country
// code and trunk 0 were written.
struct PhoneDigits {
  std::string national;    // starts with the trunk 0 for numbers with an area code
  std::size_t country = 0; // 3 when written with 886
  bool trunk_written = true;
};

// The digit of a phone number that `c` is ('0'-'9'), also written as a Chinese numeral
// (〇三－八二六一五四七), or 0.
char phone_digit(const Char& c) {
  if (util::is_digit(c.folded)) {
    return c.folded;
  }
  const int d = c.text.size() == 3 ? util::chinese_digit(util::cp3(c.text.data())) : -1;
  return d >= 0 ? static_cast<char>('0' + d) : 0;
}

PhoneDigits phone_digits(const std::vector<Char>& chars) {
  std::string digits;
  for (const Char& c : chars) {
    if (const char d = phone_digit(c); d != 0) {
      digits += d;
    }
  }
  PhoneDigits d;
  if (digits.starts_with("886")) {
    d.country = 3;
    d.trunk_written = digits.starts_with("8860");
    if (!d.trunk_written) {
      d.national.push_back('0');
    }
    d.national.append(digits, 3);
  } else {
    d.national = digits;
  }
  return d;
}

// How many leading digits of a phone number `official` keeps: the country code and area code,
// or the mobile prefix 09xx.
std::size_t phone_digits_kept(const std::vector<Char>& chars) {
  PhoneDigits d = phone_digits(chars);
  for (const auto& a : patterns::area_codes()) {
    if (d.national.starts_with(a.prefix)) {
      std::size_t keep = a.mobile ? 4 : a.prefix.size();
      return d.country + keep - (d.trunk_written ? 0 : 1);
    }
  }
  return 0; // a local number without area code: nothing to keep
}

bool is_numeral_char(const Char& c) {
  return util::is_digit(c.folded) || util::is_numeral(c.text);
}

std::string official(PiiType type, const std::vector<Char>& chars, std::string_view value) {
  std::string out;
  switch (type) {
  case PiiType::national_id:
  case PiiType::resident_id: {
    std::size_t alnum = 0;
    for (const Char& c : chars) {
      alnum += util::is_alnum(c.folded);
    }
    std::size_t seen = 0;
    for (const Char& c : chars) {
      bool is_an = util::is_alnum(c.folded);
      seen += is_an;
      out += (is_an && seen + 4 > alnum) ? star(c) : c.text;
    }
    return out;
  }
  case PiiType::phone: {
    std::size_t keep = phone_digits_kept(chars), seen = 0;
    for (const Char& c : chars) {
      bool digit = phone_digit(c) != 0;
      seen += digit;
      out += (digit && seen > keep) ? star(c) : c.text;
    }
    return out;
  }
  case PiiType::address: {
    // Keep the county, district, village and road with its section; mask every numeral of
    // the lane, alley, number, floor and room.
    NormText norm;
    normalize(value, norm);
    std::size_t from = 0;
    if (std::size_t hao = norm.text.find("號"); hao != std::string::npos) {
      detectors::AddressParts parts;
      detectors::parse_address(nullptr, norm.text, hao, parts);
      from = norm.map[parts.mask_from];
    }
    std::size_t at = 0;
    for (const Char& c : chars) {
      out += (at >= from && is_numeral_char(c)) ? star(c) : c.text;
      at += c.text.size();
    }
    return out;
  }
  case PiiType::birth_date:
  case PiiType::license_plate: {
    // Every digit, numeral and letter, as courts publish them (民國**年*月*日, ***-****,
    // 民國＊＊＊年＊月＊＊日).
    for (const Char& c : chars) {
      out += util::is_alnum(c.folded) || util::is_numeral(c.text) ? star(c) : c.text;
    }
    return out;
  }
  case PiiType::passport:
  case PiiType::nhi_card:
  case PiiType::business_id:
  case PiiType::bank_account:
  case PiiType::credit_card:
  case PiiType::citizen_cert: {
    // The last four digits stay, as on bank statements (****-****-****-1111).
    std::size_t alnum = 0, seen = 0;
    for (const Char& c : chars) {
      alnum += util::is_alnum(c.folded);
    }
    for (const Char& c : chars) {
      bool an = util::is_alnum(c.folded);
      seen += an;
      out += (an && seen + 4 <= alnum) ? star(c) : c.text;
    }
    return out;
  }
  case PiiType::person_name: {
    // Government practice (臺北市政府個人資料遮罩作業): the surname stays; of the given name the
    // last character stays when there are two (王小明 → 王○明, 王明 → 王○).
    NormText norm;
    normalize(value, norm);
    std::size_t surname = patterns::name_data().surname_at(norm.text, 0);
    if (surname == 0 && !chars.empty() && util::is_alpha(chars.front().folded)) {
      // A name in Latin letters (NGUYEN THI HOA): its first letter and the spaces stay.
      bool first = true;
      for (const Char& c : chars) {
        out += first || c.folded == ' ' ? c.text
                                        : (c.wide ? std::string_view("＊") : std::string_view("*"));
        first = false;
      }
      return out;
    }
    // A surname outside the list (翟佳穎, 風明輝) is the first character all the same; blanks of a
    // letter-spaced name stay (李　永　福 → 李　○　福).
    const std::size_t surname_chars = std::max<std::size_t>(surname / 3, 1);
    const auto letters = static_cast<std::size_t>(
        std::count_if(chars.begin(), chars.end(), [](const Char& c) { return c.folded != ' '; }));
    const std::size_t given = letters - std::min(letters, surname_chars);
    std::size_t k = 0;
    for (const Char& c : chars) {
      if (c.folded == ' ') {
        out += c.text;
        continue;
      }
      bool in_given = k >= surname_chars;
      bool keep = !in_given || (given >= 2 && k + 1 == letters);
      out += keep ? c.text : (c.wide ? std::string_view("○") : std::string_view("*"));
      ++k;
    }
    return out;
  }
  case PiiType::custom: {
    // A listed value: the first character stays (王小明 → 王○○), the rest is masked.
    bool first = true;
    for (const Char& c : chars) {
      out += first ? c.text : (c.wide ? std::string_view("○") : std::string_view("*"));
      first = false;
    }
    return out;
  }
  case PiiType::email: {
    bool domain = false;
    for (const Char& c : chars) {
      domain = domain || c.folded == '@';
      out += domain ? c.text : star(c);
    }
    return out;
  }
  }
  return out;
}

// The value in one canonical spelling, so that the same value written differently gets the same
// token: IDs upper-case letters and digits, phones the national digits, e-mail lower-case;
// other types every character folded, without spaces and hyphens.
std::string canonical(PiiType type, const std::vector<Char>& chars) {
  if (type == PiiType::phone) {
    return phone_digits(chars).national;
  }
  std::string out;
  for (const Char& c : chars) {
    char f = c.folded;
    switch (type) {
    case PiiType::national_id:
    case PiiType::resident_id:
      if (util::is_alnum(f)) {
        out += util::to_upper(f);
      }
      break;
    case PiiType::email:
      if (f != 0) {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(f)));
      } else {
        out.append(c.text);
      }
      break;
    default:
      if (f == 0) {
        out.append(c.text);
      } else if (f != ' ' && f != '-') {
        out += util::to_upper(f);
      }
    }
  }
  return out;
}

std::string token(std::string_view key, std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), md, &len);
  std::string hex;
  for (unsigned int i = 0; i < 5 && i < len; ++i) {
    hex += fmt::format("{:02x}", md[i]);
  }
  return hex;
}
} // namespace

std::string mask_value(PiiType type, std::string_view value, const MaskOptions& options) {
  std::vector<Char> chars = split(value);
  switch (options.style) {
  case Style::official:
    return official(type, chars, value);
  case Style::redact: {
    std::string out;
    for (const Char& c : chars) {
      out += star(c);
    }
    return out;
  }
  case Style::label:
    return fmt::format("[{}]", type_info(type).label);
  case Style::pseudonym: {
    std::string data = fmt::format("{}\n{}", type_info(type).name, canonical(type, chars));
    return fmt::format("[{}:{}]", type_info(type).label, token(options.key, data));
  }
  }
  return std::string(value);
}

} // namespace twpii
