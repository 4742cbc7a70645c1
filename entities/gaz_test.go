package entities

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/rulefile"
	"github.com/depeche-go/depeche/internal/text"
)

// gazTypes are the entity types a gazetteer record may define.
var gazTypes = map[string]bool{"ORG": true, "PER": true, "LOC": true, "MEDIA": true, "PRODUCT": true, "INDEX": true}

// gazKeys are the attribute keys a gazetteer record may carry.
var gazKeys = map[string]bool{"subtype": true, "isin": true, "lei": true, "ticker": true, "id": true, "role": true, "org": true, "case": true, "article": true}

// gazSubtypes are the subtype values used by the gazetteers.
var gazSubtypes = map[string]bool{
	// ORG
	"company": true, "bank": true, "insurer": true, "fund": true, "regulator": true,
	"central bank": true, "government": true, "international body": true, "exchange": true,
	"union": true, "court": true, "public body": true, "association": true,
	"political party": true, "rating agency": true, "university": true,
	// MEDIA
	"agency": true, "newspaper": true, "magazine": true, "tv": true, "radio": true, "website": true,
	// LOC
	"country": true, "city": true, "region": true, "continent": true, "state": true,
	// PRODUCT
	"drug": true, "aircraft": true, "vehicle": true, "software": true, "service": true, "device": true, "brand": true,
	// INDEX
	"equity index": true, "rate": true,
}

// gazAmbiguous lists the lookup keys of forms that intentionally belong to
// two entries (two canonicals of one type, or two types). Every other clash
// found so far was resolved by dropping the weaker alias; these are a
// newspaper named like a region, which the context tells apart ("selon Sud
// Ouest", "dans le Sud-Ouest").
var gazAmbiguous = map[string]bool{"sud-ouest": true, "sud ouest": true}

// gazFiles parses every rules/gaz-*.rules file.
func gazFiles(t *testing.T) []rulefile.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("rules", "gaz-*.rules"))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no rules/gaz-*.rules file")
	}
	sort.Strings(names)
	var files []rulefile.File
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := rulefile.Parse(filepath.Base(n), data)
		if err != nil {
			if re, ok := err.(*rulefile.RuleError); ok {
				t.Fatalf("%s", re.Render())
			}
			t.Fatal(err)
		}
		// Every non-comment line must have been split on real tabs: a field
		// holding two spaces in a row is almost always a tab typed as spaces.
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			if strings.Contains(line, "  ") || strings.Contains(line, " \t") || strings.Contains(line, "\t ") {
				t.Errorf("%s: suspicious spacing in %q", n, line)
			}
		}
		files = append(files, rulefile.File{Name: filepath.Base(n), Records: recs})
	}
	return files
}

// gazRecord is one record split into its parts.
type gazRecord struct {
	typ, canonical string
	aliases        []string
	attrs          map[string]string
}

func splitGaz(t *testing.T, r rulefile.Record) (gazRecord, bool) {
	t.Helper()
	ok := true
	bad := func(i int, format string, args ...any) {
		t.Error(r.Errorf(i, format, args...).Render())
		ok = false
	}
	g := gazRecord{attrs: map[string]string{}}
	if r.Remove {
		bad(0, "a default gazetteer does not remove entries")
	}
	if len(r.Fields) < 2 {
		bad(0, "a record needs a type and a canonical name")
		return g, false
	}
	g.typ, g.canonical = r.Fields[0], r.Fields[1]
	if !gazTypes[g.typ] {
		bad(0, "unknown type %q", g.typ)
	}
	if strings.Contains(g.canonical, "=") {
		bad(1, "canonical %q looks like an attribute", g.canonical)
	}
	for i, f := range r.Fields[2:] {
		i += 2
		if k, v, isAttr := strings.Cut(f, "="); isAttr && !strings.ContainsAny(k, " ") {
			if !gazKeys[k] {
				bad(i, "unknown attribute %q", k)
			}
			if v == "" {
				bad(i, "empty value for %q", k)
			}
			if _, dup := g.attrs[k]; dup {
				bad(i, "attribute %q given twice", k)
			}
			g.attrs[k] = v
			continue
		}
		if len(g.attrs) > 0 {
			bad(i, "alias %q after the attributes", f)
		}
		g.aliases = append(g.aliases, f)
	}
	for _, f := range r.Fields {
		if strings.TrimSpace(f) == "" || !utf8.ValidString(f) {
			bad(0, "empty or invalid field")
		}
	}
	// An alias that only differs from another form by accents or case is
	// useless: matching already ignores them.
	exact := g.attrs["case"] == "exact"
	formKey := func(s string) string {
		if exact {
			return s
		}
		return text.Key(s)
	}
	seen := map[string]bool{formKey(g.canonical): true}
	for _, a := range g.aliases {
		k := formKey(a)
		if seen[k] {
			bad(0, "alias %q repeats another form of %q up to case and accents", a, g.canonical)
		}
		seen[k] = true
	}
	if v, has := g.attrs["isin"]; has && !ValidISIN(v) {
		bad(0, "isin %q fails its check digit", v)
	}
	if v, has := g.attrs["lei"]; has && !ValidLEI(v) {
		bad(0, "lei %q fails ISO 7064 mod 97-10", v)
	}
	if v, has := g.attrs["ticker"]; has && !validTicker(v) {
		bad(0, "ticker %q is not a symbol", v)
	}
	if v, has := g.attrs["case"]; has && v != "exact" && v != "any" {
		bad(0, "case=%q: only case=exact and case=any are known", v)
	}
	if v, has := g.attrs["article"]; has && (v != "yes" || g.typ != "LOC") {
		bad(0, "article=%q: only article=yes, on places", v)
	}
	if v, has := g.attrs["subtype"]; has && !gazSubtypes[v] {
		bad(0, "unknown subtype %q", v)
	}
	if _, has := g.attrs["role"]; has && g.typ != "PER" {
		bad(0, "role= on a %s record", g.typ)
	}
	if _, has := g.attrs["org"]; has && g.typ != "PER" {
		bad(0, "org= on a %s record", g.typ)
	}
	return g, ok
}

// validTicker checks the shape of an exchange symbol: capitals, digits, '.'
// and '-' ("MC.PA", "BRK.B", "NOVO-B.CO", "1COV.DE").
func validTicker(s string) bool {
	if s == "" || len(s) > 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || (c == '.' || c == '-') && i > 0 && i < len(s)-1) {
			return false
		}
	}
	return true
}

func TestGazCheckDigits(t *testing.T) {
	for _, s := range []string{"FR0000120271", "US0378331005", "NL0000235190", "DE0007164600"} {
		if !ValidISIN(s) {
			t.Errorf("ValidISIN(%q) = false", s)
		}
	}
	for _, s := range []string{"FR0000120272", "US0378331015", "FR000012027", "fr0000120271", "FR00001202X1"} {
		if ValidISIN(s) {
			t.Errorf("ValidISIN(%q) = true", s)
		}
	}
	if !ValidLEI("R0MUWSFPU8MPRO8K5P83") {
		t.Error("BNP Paribas LEI rejected")
	}
	if ValidLEI("R0MUWSFPU8MPRO8K5P84") || ValidLEI("R0MUWSFPU8MPRO8K5P8") {
		t.Error("bad LEI accepted")
	}
}

// TestGazetteers checks every gazetteer record, that no alias maps to two
// canonicals of the same type, that no form is given two types, and that
// every org= names an organisation of the gazetteers.
func TestGazetteers(t *testing.T) {
	files := gazFiles(t)
	type owner struct{ typ, canonical, where string }
	type parsed struct {
		g     gazRecord
		where string
	}
	var recs []parsed
	perFile := map[string]map[string]int{}
	for _, f := range files {
		counts := map[string]int{}
		perFile[f.Name] = counts
		for _, r := range f.Records {
			if g, ok := splitGaz(t, r); ok {
				recs = append(recs, parsed{g, r.Source + ":" + strconv.Itoa(r.Line)})
				counts[g.typ]++
			}
		}
	}
	aliasOwner := map[string]owner{} // type + "\t" + key -> owner
	formType := map[string]owner{}   // key -> first owner, any type
	canonAt := map[string]string{}   // type + "\t" + key of canonical -> where
	for _, p := range recs {
		g := p.g
		// The engine keys entries by type and canonical: a second record
		// with the same canonical would replace the first.
		ck := g.typ + "\t" + text.Key(g.canonical)
		if prev, dup := canonAt[ck]; dup {
			t.Errorf("%s: %s %q is already defined at %s", p.where, g.typ, g.canonical, prev)
		}
		canonAt[ck] = p.where
		for _, form := range append([]string{g.canonical}, g.aliases...) {
			fk := text.Key(form)
			k := g.typ + "\t" + fk
			if prev, dup := aliasOwner[k]; dup {
				if prev.canonical != g.canonical && !gazAmbiguous[fk] {
					t.Errorf("%s: %s %q maps to %q and (at %s) to %q", p.where, g.typ, form, g.canonical, prev.where, prev.canonical)
				}
				continue
			}
			aliasOwner[k] = owner{g.typ, g.canonical, p.where}
			if prev, dup := formType[fk]; dup && prev.typ != g.typ && !gazAmbiguous[fk] {
				t.Errorf("%s: %q is a %s of %q and (at %s) a %s of %q", p.where, form, g.typ, g.canonical, prev.where, prev.typ, prev.canonical)
			} else if !dup {
				formType[fk] = owner{g.typ, g.canonical, p.where}
			}
		}
	}
	for _, p := range recs {
		if org, has := p.g.attrs["org"]; has {
			if _, known := aliasOwner["ORG\t"+text.Key(org)]; !known {
				t.Errorf("%s: org=%q is not an ORG of the gazetteers", p.where, org)
			}
		}
	}
	if testing.Verbose() {
		for _, f := range files {
			t.Logf("%-24s %v", f.Name, perFile[f.Name])
		}
		t.Logf("total %d records", len(recs))
	}
}
