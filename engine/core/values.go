package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
)

// EdFiNamespace is the UUIDv5 namespace of every Ed-Fi ReferentialId.
var EdFiNamespace = uuid.MustParse("edf1edf1-3df1-3df1-3df1-3df1edf1edf1")

// DescriptorIdentityPath is the synthetic identity path of every descriptor
// document and descriptor reference.
const DescriptorIdentityPath = "$.descriptor"

// IdentityElement is one element of a natural identity: the identity JSON
// path (target-side for references) and Core's string form of its value.
type IdentityElement struct {
	Path  string
	Value string
}

// ReferentialID computes the Ed-Fi ReferentialId (01 §3.1): UUIDv5 over
// ProjectName + ResourceName + join("#", path + "=" + value). project is the
// ApiSchema projectName ("Ed-Fi"), not the endpoint name. The values must
// already be in Core's string form (see CanonicalNumber, FormatDate,
// FormatDateTime, FormatTime, NormalizeURI).
func ReferentialID(project, resource string, elems []IdentityElement) uuid.UUID {
	return uuid.NewSHA1(EdFiNamespace, []byte(ReferentialIDName(project, resource, elems)))
}

// ReferentialIDName is the string ReferentialID hashes, e.g.
// "Ed-FiSchool$.schoolId=255901". Exposed for diagnostics and tests.
func ReferentialIDName(project, resource string, elems []IdentityElement) string {
	n := len(project) + len(resource)
	for _, e := range elems {
		n += len(e.Path) + len(e.Value) + 2
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(project)
	b.WriteString(resource)
	for i, e := range elems {
		if i > 0 {
			b.WriteByte('#')
		}
		b.WriteString(e.Path)
		b.WriteByte('=')
		b.WriteString(e.Value)
	}
	return b.String()
}

// IsDescriptorIdentityPath reports whether values at this identity path are
// descriptor URIs, which Core lower-cases: the synthetic "$.descriptor" and
// every path ending in "Descriptor" (or "Descriptor]").
func IsDescriptorIdentityPath(path string) bool {
	return path == DescriptorIdentityPath ||
		strings.HasSuffix(path, "Descriptor") ||
		strings.HasSuffix(path, "Descriptor]")
}

// NormalizeURI lower-cases a descriptor URI the way DMS Core does with .NET's
// string.ToLowerInvariant: simple (one-to-one) Unicode case mapping of every
// rune. One deliberate exception to Go's unicode.ToLower: U+0130 (LATIN
// CAPITAL LETTER I WITH DOT ABOVE) is left unchanged, as .NET's invariant
// culture does (it maps it only in Turkish/Azeri cultures), whereas Go maps it
// to "i". Everything else (Ä→ä, É→é, Σ→σ, the Kelvin sign → k) agrees.
func NormalizeURI(s string) string {
	ascii := true
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			hasUpper = true
		}
	}
	if ascii {
		if !hasUpper {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	return strings.Map(func(r rune) rune {
		if r == '\u0130' {
			return r
		}
		return unicode.ToLower(r)
	}, s)
}

// FormatDate renders a date the way Core hashes it: yyyy-MM-dd.
func FormatDate(t time.Time) string { return t.Format("2006-01-02") }

// FormatDateTime renders a date-time the way Core stores and hashes it: UTC,
// whole seconds (fractional seconds truncated, as .NET's "ss" does), "Z".
func FormatDateTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// FormatTime renders a time of day as HH:mm:ss, the form Ed-Fi clients send.
// Core hashes times as sent; a value sent with fractional seconds keeps them
// (trailing zeros trimmed), so a column read back renders what was posted.
func FormatTime(t time.Time) string {
	if t.Nanosecond() == 0 {
		return t.Format("15:04:05")
	}
	return t.Format("15:04:05.999999999")
}

// ErrNotANumber is returned by CanonicalNumber for text that is not a number.
var ErrNotANumber = errors.New("not a number")

// ErrNumberOutOfRange is returned by CanonicalNumber for numbers .NET's
// decimal cannot hold exactly (Core then hashes the text unchanged).
var ErrNumberOutOfRange = errors.New("number outside the decimal range")

// maxDecimal is .NET's decimal.MaxValue.
const maxDecimal = "79228162514264337593543950335"

// CanonicalNumber renders a number in Core's canonical fixed-point form
// (IdentityValueCanonicalizer.CanonicalizeDecimal): no exponent, no leading
// '+', no leading zeros before the first integer digit, no trailing
// fractional zeros, no trailing '.', and zero (of any sign) as "0".
// "1.50"→"1.5", "2.0"→"2", "1.5E2"→"150", "-0.0"→"0", ".5"→"0.5".
//
// Accepted input: optional surrounding ASCII whitespace, an optional sign, digits
// with an optional '.', an optional exponent (the NumberStyles.Float grammar,
// which includes every JSON number). The arithmetic is exact on the decimal
// digits (no float64). Numbers .NET's decimal cannot represent — an integer
// part above decimal.MaxValue or more than 28 fractional digits — return
// ErrNumberOutOfRange; DMS Core hashes such values unchanged (or rounds them),
// and no Ed-Fi column can hold them anyway.
func CanonicalNumber(s string) (string, error) {
	s = strings.Trim(s, " \t\n\r\v\f")
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	// Collect digits; point = number of digits before the decimal point.
	var digits []byte
	point := -1
	sawDigit := false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			sawDigit = true
			digits = append(digits, c)
		case c == '.' && point < 0:
			point = len(digits)
		default:
			goto exp
		}
	}
exp:
	if !sawDigit {
		return "", fmt.Errorf("%q: %w", s, ErrNotANumber)
	}
	if point < 0 {
		point = len(digits)
	}
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return "", fmt.Errorf("%q: %w", s, ErrNotANumber)
		}
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		start := i
		e := 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if e < 1_000_000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		if i == start || i != len(s) {
			return "", fmt.Errorf("%q: %w", s, ErrNotANumber)
		}
		if eneg {
			e = -e
		}
		point += e
	}
	// Strip leading zeros (adjusting the point) and trailing zeros.
	lead := 0
	for lead < len(digits) && digits[lead] == '0' {
		lead++
	}
	digits = digits[lead:]
	point -= lead
	end := len(digits)
	for end > 0 && digits[end-1] == '0' {
		end--
	}
	digits = digits[:end]
	if len(digits) == 0 {
		return "0", nil
	}
	// digits is d1..dn with value 0.d1..dn × 10^point.
	var intPart, fracPart string
	switch {
	case point <= 0:
		if len(digits)-point > 28 {
			return "", fmt.Errorf("%q: more than 28 fractional digits: %w", s, ErrNumberOutOfRange)
		}
		intPart = "0"
		fracPart = strings.Repeat("0", -point) + string(digits)
	case point >= len(digits):
		if point > len(maxDecimal) {
			return "", fmt.Errorf("%q: %w", s, ErrNumberOutOfRange)
		}
		intPart = string(digits) + strings.Repeat("0", point-len(digits))
	default:
		intPart = string(digits[:point])
		fracPart = string(digits[point:])
		if len(fracPart) > 28 {
			return "", fmt.Errorf("%q: more than 28 fractional digits: %w", s, ErrNumberOutOfRange)
		}
	}
	if len(intPart) > len(maxDecimal) || (len(intPart) == len(maxDecimal) && intPart > maxDecimal) {
		return "", fmt.Errorf("%q: %w", s, ErrNumberOutOfRange)
	}
	var b strings.Builder
	b.Grow(len(intPart) + len(fracPart) + 2)
	if neg {
		b.WriteByte('-')
	}
	b.WriteString(intPart)
	if fracPart != "" {
		b.WriteByte('.')
		b.WriteString(fracPart)
	}
	return b.String(), nil
}

// dateTimeLayouts are the date-time spellings Core's lenient
// DateTime.TryParse (invariant culture) accepts that Ed-Fi clients use.
var dateTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999Z0700",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02 3:04:05 PM",
	"2006-01-02 3:04 PM",
	"2006-01-02",
}

// ParseDateTime parses a date-time the way Core's CoerceDateTimesMiddleware
// does before it rewrites the value: ISO-8601 with 'T' or a space, optional
// seconds and fractional seconds, optional offset ("Z", "+hh:mm", "+hhmm");
// a value without an offset is taken as UTC (DateTimeStyles.AssumeUniversal);
// a bare date is midnight UTC. The result is in UTC.
func ParseDateTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false
	}
	// Accept lower-case 't' / 'z' as RFC 3339 does.
	if len(s) > 10 && s[10] == 't' {
		s = s[:10] + "T" + s[11:]
	}
	if strings.HasSuffix(s, "z") {
		s = s[:len(s)-1] + "Z"
	}
	for _, l := range dateTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// slashDateLayouts mirror TryCoerceSlashDateToIso8601's formats, in order:
// month-first wins when both readings are valid.
var slashDateLayouts = []string{"1/2/2006", "01/02/2006", "1/2/06", "01/02/06", "2/1/2006", "02/01/2006", "2/1/06", "02/01/06"}

// coerceSlashDate rewrites "5/1/2009" (or "5/1/2009 10:30:00 AM") to
// "2009-05-01" (keeping the time part as sent), as Core does for date and
// date-time paths. ok is false when the value is not a slash date.
func coerceSlashDate(s string) (string, bool) {
	if !strings.Contains(s, "/") {
		return "", false
	}
	datePart, timePart, hasTime := strings.Cut(s, " ")
	for _, l := range slashDateLayouts {
		t, err := time.Parse(l, datePart)
		if err != nil {
			continue
		}
		if strings.Count(l, "2006") == 0 {
			// .NET's TwoDigitYearMax for the invariant culture is 2049.
			y := t.Year() % 100
			century := 2000
			if y > 49 {
				century = 1900
			}
			t = time.Date(century+y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
		out := FormatDate(t)
		if hasTime {
			out += " " + timePart
		}
		return out, true
	}
	return "", false
}

// coerceBooleanValue implements Core's TryCoerceToBoolean: "true"/"false" in any
// case (surrounding whitespace ignored) and the aliases "1"/"0", 1/0.
func coerceBooleanValue(v any) (bool, bool) {
	switch t := v.(type) {
	case string:
		s := strings.TrimSpace(t)
		switch {
		case strings.EqualFold(s, "true"), s == "1":
			return true, true
		case strings.EqualFold(s, "false"), s == "0":
			return false, true
		}
	case json.Number:
		switch string(t) {
		case "1":
			return true, true
		case "0", "-0":
			return false, true
		}
	}
	return false, false
}

// coerceNumberString implements Core's TryCoerceStringToNumber without
// floating point: a string with a '.' that parses as a decimal becomes that
// number (canonical form, what the double round trip yields for ordinary
// values); a string without one becomes an integer when it fits int64
// (surrounding whitespace and a leading sign allowed, as long.TryParse does).
func coerceNumberString(s string) (string, bool) {
	if strings.Contains(s, ".") {
		c, err := CanonicalNumber(s)
		if err != nil {
			return "", false
		}
		return c, true
	}
	t := strings.TrimSpace(s)
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return "", false
	}
	return strconv.FormatInt(n, 10), true
}
