package core

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The Ed-Fi schemas spell their whitespace rules with lookaround, which Go's
// RE2-based regexp rejects. These are the three spellings in the real files
// (DS 5.1 core, Sample, TPDM, Homograph); each is implemented by hand with
// .NET semantics: '.' matches anything but '\n', \s is Unicode whitespace
// (unicode.IsSpace, like .NET's \s). One deliberate difference: '$' is the
// end of the text, so a value ending in "\n" is rejected, where .NET's '$'
// would also match before a final newline.
const (
	// PatternNoLeadingTrailingWS allows "" and any single-line text that
	// neither starts nor ends with whitespace.
	PatternNoLeadingTrailingWS = `^(?!\s).*(?<!\s)$`
	// PatternNonEmptyNoLeadingTrailingWS is the same but rejects "".
	PatternNonEmptyNoLeadingTrailingWS = `^(?!\s)(.*\S)$`
	// PatternNotAllWS requires at least one non-whitespace character and a
	// first line that is not empty.
	PatternNotAllWS = `^(?!\s*$).+`
)

// lookaroundPattern is a hand-written matcher for one known pattern.
type lookaroundPattern struct {
	src   string
	match func(string) bool
}

func (p *lookaroundPattern) MatchString(s string) bool { return p.match(s) }
func (p *lookaroundPattern) String() string            { return p.src }

var lookaroundPatterns = map[string]func(string) bool{
	PatternNoLeadingTrailingWS: func(s string) bool {
		if s == "" {
			return true
		}
		return !strings.ContainsRune(s, '\n') && !startsWithSpace(s) && !endsWithSpace(s)
	},
	PatternNonEmptyNoLeadingTrailingWS: func(s string) bool {
		return s != "" && !strings.ContainsRune(s, '\n') && !startsWithSpace(s) && !endsWithSpace(s)
	},
	PatternNotAllWS: func(s string) bool {
		// ".+" needs one non-'\n' character at the start; the lookahead
		// rejects text that is whitespace to the end.
		return s != "" && s[0] != '\n' && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) >= 0
	},
}

func startsWithSpace(s string) bool {
	for _, r := range s {
		return unicode.IsSpace(r)
	}
	return false
}

func endsWithSpace(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	return len(t) != len(s)
}

// UnsupportedPatternError names a schema pattern neither Go's regexp nor the
// built-in lookaround matchers can evaluate.
type UnsupportedPatternError struct {
	Pattern string
	Err     error
}

func (e *UnsupportedPatternError) Error() string {
	return fmt.Sprintf("pattern %q is not supported (Go regexp: %v; not one of the known lookaround patterns)", e.Pattern, e.Err)
}

// RegexpEngine is the jsonschema regexp engine the validator uses: Go's
// regexp when it compiles the pattern, else one of the known lookaround
// patterns, else an *UnsupportedPatternError (which fails schema compilation).
func RegexpEngine(pattern string) (jsonschema.Regexp, error) {
	if m, ok := lookaroundPatterns[pattern]; ok {
		return &lookaroundPattern{src: pattern, match: m}, nil
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, &UnsupportedPatternError{Pattern: pattern, Err: err}
	}
	return re, nil
}
