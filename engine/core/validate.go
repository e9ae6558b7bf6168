package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// validate runs the JSON Schema and returns every error keyed by the
// concrete JSON path of the offending value (nil when valid). Messages follow
// DMS (DocumentValidator over JsonSchema.Net): "{prop} is required.",
// "{prop} Value is \"string\" but should be \"integer\"", "{prop} Value
// should be at most 30 characters", "{prop} cannot contain leading or
// trailing spaces.", and "{prop} is not a valid date." for formats.
func (p *plan) validate(body map[string]any) validationErrors {
	err := p.schema.Validate(body)
	if err == nil {
		return nil
	}
	out := validationErrors{}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		out.add("$", err.Error())
		return out
	}
	collectErrors(ve, body, out)
	if len(out) == 0 { // a failure without a leaf we understand
		out.add("$", ve.Error())
	}
	return out
}

func collectErrors(e *jsonschema.ValidationError, body any, out validationErrors) {
	if len(e.Causes) > 0 {
		for _, c := range e.Causes {
			collectErrors(c, body, out)
		}
		return
	}
	path, name, value := locate(body, e.InstanceLocation)
	say := func(text string) {
		if name == "" {
			out.add(path, text)
		} else {
			out.add(path, name+" "+text)
		}
	}
	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		for _, m := range k.Missing {
			out.add(path+"."+m, m+" is required.")
		}
	case *kind.Type:
		got := k.Got
		if n, ok := value.(json.Number); ok && !strings.ContainsAny(string(n), ".eE") {
			got = "integer" // JsonSchema.Net's name for an integral number
		}
		say(fmt.Sprintf("Value is %q but should be %q", got, strings.Join(k.Want, " or ")))
	case *kind.MaxLength:
		say(fmt.Sprintf("Value should be at most %d characters", k.Want))
	case *kind.MinLength:
		say(fmt.Sprintf("Value should be at least %d characters", k.Want))
	case *kind.Pattern:
		if s, ok := value.(string); ok && s == "" {
			say("is required and should not be left empty.")
		} else {
			say("cannot contain leading or trailing spaces.")
		}
	case *kind.Format:
		say(fmt.Sprintf("is not a valid %s.", k.Want))
	case *kind.Minimum:
		say("Value should be at least " + ratText(k.Want))
	case *kind.Maximum:
		say("Value should be at most " + ratText(k.Want))
	case *kind.ExclusiveMinimum:
		say("Value should be greater than " + ratText(k.Want))
	case *kind.ExclusiveMaximum:
		say("Value should be less than " + ratText(k.Want))
	case *kind.MinItems:
		say(fmt.Sprintf("Value should have at least %d items", k.Want))
	case *kind.MaxItems:
		say(fmt.Sprintf("Value should have at most %d items", k.Want))
	case *kind.Enum:
		say("Value should match one of the values specified by the enum")
	case *kind.FalseSchema, *kind.AdditionalProperties:
		say("is not a recognized property.")
	default:
		msg := e.Error()
		if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "at ") {
			msg = msg[i+2:]
		}
		say(msg)
	}
}

// locate turns a JSON-pointer token list into "$.a[2].b", the last property
// name on the way ("b"; for an element "a"), and the value found there.
func locate(body any, tokens []string) (string, string, any) {
	var b strings.Builder
	b.WriteByte('$')
	name := ""
	cur := body
	for _, tok := range tokens {
		switch c := cur.(type) {
		case []any:
			i, err := strconv.Atoi(tok)
			if err == nil && i >= 0 && i < len(c) {
				b.WriteByte('[')
				b.WriteString(tok)
				b.WriteByte(']')
				cur = c[i]
				continue
			}
			b.WriteString("." + tok)
			name, cur = tok, nil
		case map[string]any:
			b.WriteString("." + tok)
			name, cur = tok, c[tok]
		default:
			b.WriteString("." + tok)
			name, cur = tok, nil
		}
	}
	return b.String(), name, cur
}

func ratText(r *big.Rat) string {
	if r == nil {
		return ""
	}
	if r.IsInt() {
		return r.Num().String()
	}
	s := r.FloatString(28)
	if c, err := CanonicalNumber(s); err == nil {
		return c
	}
	return s
}

// validateEdFiTime is the "time" format as Ed-Fi uses it: HH:mm:ss with
// optional fractional seconds and an optional offset ("Z", "+hh:mm").
// RFC 3339's full-time (the library default) requires the offset, which
// Ed-Fi clients never send.
func validateEdFiTime(v any) error {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	if !isEdFiTime(s) {
		return errors.New("not a time of day (HH:mm:ss)")
	}
	return nil
}

func isEdFiTime(s string) bool {
	if len(s) < 8 || s[2] != ':' || s[5] != ':' {
		return false
	}
	two := func(i, max int) bool {
		if s[i] < '0' || s[i] > '9' || s[i+1] < '0' || s[i+1] > '9' {
			return false
		}
		return int(s[i]-'0')*10+int(s[i+1]-'0') <= max
	}
	if !two(0, 23) || !two(3, 59) || !two(6, 59) {
		return false
	}
	rest := s[8:]
	if strings.HasPrefix(rest, ".") {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 1 {
			return false
		}
		rest = rest[i:]
	}
	switch {
	case rest == "" || rest == "Z" || rest == "z":
		return true
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		s = rest[1:]
		return two(0, 23) && two(3, 59)
	}
	return false
}
