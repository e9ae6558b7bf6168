package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// decimalCheck is one decimalPropertyValidationInfos entry (absent in DS
// 5.1, present in the extension files): the value must lie within
// ±(10^(totalDigits-decimalPlaces) - 10^-decimalPlaces), as DMS's
// DecimalValidator checks. Extra fractional digits are not an error there
// either (the database rounds them).
type decimalCheck struct {
	segs     []apischema.Seg
	name     string
	max      *big.Rat
	min      *big.Rat
	maxText  string
	minText  string
	rangeMsg string
}

func newDecimalCheck(d apischema.DecimalInfo) (decimalCheck, error) {
	p, err := apischema.ParsePath(d.Path)
	if err != nil {
		return decimalCheck{}, err
	}
	if d.TotalDigits <= 0 || d.DecimalPlaces < 0 || d.DecimalPlaces > d.TotalDigits || d.TotalDigits > 38 {
		return decimalCheck{}, fmt.Errorf("%s: totalDigits %d, decimalPlaces %d", d.Path, d.TotalDigits, d.DecimalPlaces)
	}
	intDigits := d.TotalDigits - d.DecimalPlaces
	// max = 10^intDigits - 10^-decimalPlaces, i.e. intDigits nines "." decimalPlaces nines.
	maxText := strings.Repeat("9", intDigits)
	if maxText == "" {
		maxText = "0"
	}
	if d.DecimalPlaces > 0 {
		maxText += "." + strings.Repeat("9", d.DecimalPlaces)
	}
	max, ok := new(big.Rat).SetString(maxText)
	if !ok {
		return decimalCheck{}, errors.New("internal: bad bound " + maxText)
	}
	dc := decimalCheck{segs: p.Segs, name: strings.TrimPrefix(d.Path, "$."), max: max, min: new(big.Rat).Neg(max),
		maxText: maxText, minText: "-" + maxText}
	dc.rangeMsg = fmt.Sprintf("%s must be between %s and %s.", dc.name, dc.minText, dc.maxText)
	return dc, nil
}

func (p *plan) checkDecimals(body map[string]any, ve validationErrors) {
	for _, d := range p.decimals {
		forEachValue(body, d.segs, nil, func(at pathStack, v any) {
			n, ok := v.(json.Number)
			if !ok {
				return // schema validation already reported a non-number
			}
			c, err := CanonicalNumber(string(n))
			if err != nil {
				ve.add(at.String(), "Value is not a valid decimal.")
				return
			}
			r, ok := new(big.Rat).SetString(c)
			if !ok || r.Cmp(d.min) < 0 || r.Cmp(d.max) > 0 {
				ve.add(at.String(), d.rangeMsg)
			}
		})
	}
}

// forEachValue calls f for every value found at segs, with its concrete path.
func forEachValue(v any, segs []apischema.Seg, at pathStack, f func(pathStack, any)) {
	if len(segs) == 0 {
		f(at, v)
		return
	}
	s := segs[0]
	if s.AnyElem {
		a, _ := v.([]any)
		for i, e := range a {
			forEachValue(e, segs[1:], append(at, pathSeg{index: i}), f)
		}
		return
	}
	if m, ok := v.(map[string]any); ok {
		if c, ok := m[s.Prop]; ok {
			forEachValue(c, segs[1:], append(at, pathSeg{prop: s.Prop, index: -1}), f)
		}
	}
}

// validateIntFormat is the "int32"/"int64" format of the newer ApiSchema
// files: an integral number within the signed range of that width, so a
// value the relational column cannot hold is a 400, not a database error.
func validateIntFormat(bits int) func(any) error {
	return func(v any) error {
		n, ok := v.(json.Number)
		if !ok {
			return nil
		}
		c, err := CanonicalNumber(string(n))
		if err == nil {
			_, err = strconv.ParseInt(c, 10, bits)
		}
		if err != nil {
			return fmt.Errorf("not an int%d", bits)
		}
		return nil
	}
}
