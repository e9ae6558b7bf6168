package relmodel

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SchemaName turns a project endpoint name into its DB schema: lower-cased,
// non-alphanumerics removed ("ed-fi" -> "edfi").
func SchemaName(endpoint string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(endpoint) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Pascal upper-cases the first letter of a camelCase property name.
func Pascal(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// Singular is the deterministic singularization used for collection table
// base names. It is part of MappingVersion: change it only with a bump.
//
//	irregular endings first: -diagnoses -> -diagnosis, -statuses -> -status,
//	  -buses -> -bus, -campuses -> -campus, -analyses -> -analysis, -crises -> -crisis
//	-ies  -> -y        (categories -> category, designatedBies -> designatedBy)
//	-sses -> -ss       (addresses -> address, effectivenesses -> effectiveness)
//	-ches, -shes, -xes, -zes -> drop "es" (reaches -> reach, sexes -> sex)
//	-ss   -> unchanged
//	-s    -> drop "s"  (courses -> course, uses -> use, gradeLevels -> gradeLevel)
//	otherwise unchanged (artMedia; the Sample file overrides it)
func Singular(s string) string {
	l := strings.ToLower(s)
	for _, irr := range irregularPlurals {
		if strings.HasSuffix(l, irr[0]) {
			return s[:len(s)-len(irr[0])] + matchCase(s[len(s)-len(irr[0]):], irr[1])
		}
	}
	switch {
	case strings.HasSuffix(l, "ies") && len(s) > 3:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(l, "sses"):
		return s[:len(s)-2]
	case strings.HasSuffix(l, "ches"), strings.HasSuffix(l, "shes"), strings.HasSuffix(l, "xes"), strings.HasSuffix(l, "zes"):
		return s[:len(s)-2]
	case strings.HasSuffix(l, "ss"):
		return s
	case strings.HasSuffix(l, "s") && len(s) > 1:
		return s[:len(s)-1]
	}
	return s
}

var irregularPlurals = [][2]string{
	{"diagnoses", "diagnosis"}, {"statuses", "status"}, {"buses", "bus"},
	{"campuses", "campus"}, {"analyses", "analysis"}, {"crises", "crisis"},
}

// matchCase keeps the first letter's case of the replaced suffix.
func matchCase(orig, repl string) string {
	if orig != "" && unicode.IsUpper(rune(orig[0])) {
		return Pascal(repl)
	}
	return repl
}

// ShortenIdent keeps identifiers within a dialect's limit (bytes for
// PostgreSQL, characters for SQL Server; our names are ASCII so both are
// bytes): the first limit-9 bytes, "_", and the first 8 hex digits of the
// SHA-256 of the full name. Names within the limit are unchanged.
func ShortenIdent(name string, limit int) string {
	if len(name) <= limit {
		return name
	}
	sum := sha256.Sum256([]byte(name))
	return name[:limit-9] + "_" + hex.EncodeToString(sum[:])[:8]
}

// Identifier limits of the two dialects.
const (
	PostgresIdentLimit  = 63
	SQLServerIdentLimit = 128
)
