package core

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The three lookaround patterns of the Ed-Fi schemas, evaluated as .NET
// would ('.' excludes '\n', '$' is the end of the text, \s is Unicode).
func TestLookaroundPatterns(t *testing.T) {
	tests := []struct {
		in               string
		p1, p2, notAllWS bool // ^(?!\s).*(?<!\s)$ · ^(?!\s)(.*\S)$ · ^(?!\s*$).+
	}{
		{"", true, false, false},
		{"a", true, true, true},
		{"Grand Bend", true, true, true},
		{" a", false, false, true},
		{"a ", false, false, true},
		{"\ta", false, false, true},
		{"a\u00a0", false, false, true}, // NO-BREAK SPACE is \s in .NET
		{"a\u3000", false, false, true}, // IDEOGRAPHIC SPACE
		{"   ", false, false, false},
		{"a\nb", false, false, true},
		{"\nab", false, false, false},
		{"ab\n", false, false, true},
		{"a\rb", true, true, true},
		{"ünïcödé", true, true, true},
	}
	for _, tc := range tests {
		for _, c := range []struct {
			pattern string
			want    bool
		}{
			{PatternNoLeadingTrailingWS, tc.p1},
			{PatternNonEmptyNoLeadingTrailingWS, tc.p2},
			{PatternNotAllWS, tc.notAllWS},
		} {
			re, err := RegexpEngine(c.pattern)
			if err != nil {
				t.Fatal(err)
			}
			if got := re.MatchString(tc.in); got != c.want {
				t.Errorf("%s matches %q = %v, want %v", c.pattern, tc.in, got, c.want)
			}
			if re.String() != c.pattern {
				t.Errorf("String() = %q", re.String())
			}
		}
	}
	// Other patterns go to Go's regexp; unknown lookaround is an error.
	if re, err := RegexpEngine(`^[0-9]{5}$`); err != nil || !re.MatchString("78701") {
		t.Errorf("plain pattern: %v", err)
	}
	var upe *UnsupportedPatternError
	if _, err := RegexpEngine(`^(?=a).*$`); !errors.As(err, &upe) || upe.Pattern != `^(?=a).*$` {
		t.Errorf("unknown lookaround: %v", err)
	}
}

func TestDecodeBody(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{`{"a": "x\"y\\z\/\b\f\n\r\t"}`, map[string]any{"a": "x\"y\\z/\b\f\n\r\t"}},
		{`{"a": "\u00e9\u20AC\ud83d\ude00"}`, map[string]any{"a": "é€😀"}},
		{`{"a": "\ud83d x"}`, map[string]any{"a": "\ufffd x"}}, // lone surrogate
		{"{\"a\": \"\xff\"}", map[string]any{"a": "\ufffd"}},   // invalid UTF-8
		{"\xef\xbb\xbf{}", map[string]any{}},                   // BOM
		{`{"n": [0, -1, 1.5, 2e10, -0.0E-3, 12345678901234567890123]}`, map[string]any{"n": []any{
			json.Number("0"), json.Number("-1"), json.Number("1.5"), json.Number("2e10"), json.Number("-0.0E-3"),
			json.Number("12345678901234567890123")}}},
		{` [true, false, null, {}, []] `, []any{true, false, nil, map[string]any{}, []any{}}},
	}
	for _, tc := range tests {
		got, err := decodeBody([]byte(tc.in))
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("decodeBody(%q) = %#v, %v; want %#v", tc.in, got, err, tc.want)
		}
	}
	bad := []struct{ in, msg string }{
		{`{"a": 1,}`, "line 1, column 9: unexpected '}'"},
		{`{"a" 1}`, "expected ':' after property name \"a\""},
		{`{"a": tru}`, `invalid literal, expected "true"`},
		{`{"a": -}`, "invalid number"},
		{`{"a": 1.}`, "expected a digit after the decimal point"},
		{`{"a": 1e}`, "expected a digit in the exponent"},
		{`{"a": "x`, "unexpected end of input inside a string"},
		{"{\"a\": \"x\ny\"}", "invalid control character 0x0a"},
		{`{"a": "\x"}`, `invalid escape sequence \x`},
		{`{"a": "\u12"}`, `invalid \u escape`},
		{`{"a": NaN}`, "unexpected 'N', expected a JSON value"},
		{"{\n\"a\":\n  }", "line 3, column 3: unexpected '}', expected a JSON value"},
		{strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), "maximum nesting depth of 64"},
	}
	for _, tc := range bad {
		_, err := decodeBody([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("decodeBody(%q) error %v, want it to mention %q", tc.in, err, tc.msg)
		}
	}
	if _, err := decodeBody([]byte(strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth))); err != nil {
		t.Errorf("depth %d rejected: %v", MaxDepth, err)
	}
	var dup *duplicateError
	if _, err := decodeBody([]byte(`{"a": [{"b": {"c": 1, "c": 2}}]}`)); !errors.As(err, &dup) || dup.path != "$.a[0].b.c" {
		t.Errorf("duplicate: %v", err)
	}
}

func TestEdFiTimeFormat(t *testing.T) {
	for s, want := range map[string]bool{
		"08:00:00": true, "23:59:59": true, "08:00:00.5": true, "08:00:00Z": true, "08:00:00-05:00": true,
		"8:00:00": false, "24:00:00": false, "08:60:00": false, "08:00": false, "08:00:00.": false,
		"08:00:00+5": false, "08:00:00 AM": false, "": false,
	} {
		if got := isEdFiTime(s); got != want {
			t.Errorf("isEdFiTime(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCoercionHelpers(t *testing.T) {
	dates := map[string]string{
		"5/1/2009":               "2009-05-01",
		"05/01/2009":             "2009-05-01",
		"13/5/2009":              "2009-05-13", // day first when the month cannot be 13
		"5/1/09":                 "2009-05-01",
		"5/1/49":                 "2049-05-01", // .NET TwoDigitYearMax 2049
		"5/1/50":                 "1950-05-01",
		"5/1/2009 10:30:00 AM":   "2009-05-01 10:30:00 AM",
		"2009-05-01":             "",
		"32/13/2009":             "",
		"uri://ed-fi.org/x#5/1/": "",
	}
	for in, want := range dates {
		got, ok := coerceSlashDate(in)
		if ok != (want != "") || got != want {
			t.Errorf("coerceSlashDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	numbers := map[string]string{
		"42": "42", " 42 ": "42", "+42": "42", "-7": "-7", "007": "7", "1.50": "1.5", "-0.0": "0",
		"1e3": "", "abc": "", "1,5": "", "": "", "99999999999999999999": "",
	}
	for in, want := range numbers {
		got, ok := coerceNumberString(in)
		if ok != (want != "") || got != want {
			t.Errorf("coerceNumberString(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	bools := []struct {
		in     any
		want   bool
		parsed bool
	}{
		{"true", true, true}, {"TRUE", true, true}, {" False ", false, true}, {"1", true, true}, {"0", false, true},
		{json.Number("1"), true, true}, {json.Number("0"), false, true},
		{"yes", false, false}, {json.Number("2"), false, false}, {json.Number("1.0"), false, false},
	}
	for _, tc := range bools {
		got, ok := coerceBooleanValue(tc.in)
		if got != tc.want || ok != tc.parsed {
			t.Errorf("coerceBooleanValue(%#v) = %v, %v", tc.in, got, ok)
		}
	}
}
