package quotes

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/entities"
)

// FuzzQuotes checks the invariants of FindIn on any input: no panic, spans
// in bounds with Text == input[Start:End], items sorted, warnings in bounds.
// Entities are made up from the capitalised words so that the resolver runs
// with them too.
func FuzzQuotes(f *testing.F) {
	for _, s := range seedInputs(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		for _, ents := range [][]entities.Entity{nil, fakeEntities(input)} {
			qs, as, ws := Default().FindIn(input, nil, ents)
			checkSpans(t, input, qs, as)
			for _, w := range ws {
				if w.Start < 0 || w.Start > w.End || w.End > len(input) {
					t.Fatalf("warning out of bounds: %+v", w)
				}
			}
		}
		// spans cut anywhere.
		if len(input) > 4 {
			m := len(input) / 2
			qs, as, _ := Default().FindIn(input, []Span{{Start: 0, End: m / 2}, {Start: m, End: len(input)}}, nil)
			checkSpans(t, input, qs, as)
		}
		// read in small windows, as a long text is (see findWindows).
		saved := windowBytes
		windowBytes = 16
		qs, as, ws := Default().FindIn(input, []Span{{Start: 0, End: len(input)}}, fakeEntities(input))
		windowBytes = saved
		checkSpans(t, input, qs, as)
		for _, w := range ws {
			if w.Start < 0 || w.Start > w.End || w.End > len(input) {
				t.Fatalf("warning out of bounds in windows: %+v", w)
			}
		}
	})
}

// fakeEntities makes ORG, PER and MEDIA entities of the capitalised words.
func fakeEntities(input string) []entities.Entity {
	var out []entities.Entity
	types := []entities.Type{entities.ORG, entities.PER, entities.MEDIA}
	for i := 0; i < len(input); i++ {
		c := input[i]
		if c < 'A' || c > 'Z' || i > 0 && input[i-1] != ' ' {
			continue
		}
		j := i
		for j < len(input) && input[j] != ' ' && input[j] < 0x80 {
			j++
		}
		out = append(out, entities.Entity{Text: input[i:j], Type: types[len(out)%3], Canonical: input[i:j], Start: i, End: j})
		i = j
	}
	return out
}

// seedInputs returns the corpus examples and a few hostile inputs.
func seedInputs(tb testing.TB) []string {
	seeds := []string{"", " ", "«", "»«", "\"\"\"", "' '", "<<>>", "« a b c", "a-t-il", "\xff«\xfe»",
		"« Nous », a-t-il", "selon", "Pour X,", "« « « » » »", "“„‟”", "' x ' y ' z '"}
	for _, name := range []string{"testdata/corpus.txt", "testdata/negative.txt"} {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
				seeds = append(seeds, strings.ReplaceAll(l, `\n`, "\n"))
			}
		}
		f.Close()
	}
	return seeds
}

// FuzzParseRules checks that any rule file parses or fails with a
// *RuleError that renders, and that New accepts what ParseRules accepts.
func FuzzParseRules(f *testing.F) {
	f.Add("verb\tdire\tDECL\t-\tdit, dis\n")
	f.Add("!verb\taffirmer\ncue\tselon\tSOURCE\n")
	f.Add("outlet\tFT\tFT\nagent\tbroker\tANALYST\n")
	f.Add("verb\tx\tDECL\tAMBIG,PRON\t-t-il, a\n")
	f.Fuzz(func(t *testing.T, data string) {
		rs, err := ParseRules("fuzz.rules", []byte(data))
		if err != nil {
			if re, ok := err.(*RuleError); ok {
				_ = re.Render()
			}
			return
		}
		a, err := New(Options{Rules: []*RuleSet{rs}})
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		a.FindIn("« Nous restons prudents sur le semestre », a déclaré le PDG à Reuters.", nil, nil)
	})
}
