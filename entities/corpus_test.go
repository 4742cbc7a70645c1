package entities_test

import (
	"bufio"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/depeche-go/depeche/entities"
)

// testRecognizer is the default recogniser with testdata/fixture.rules on
// top, so that tests do not depend on the exact default gazetteer.
var testRecognizer = sync.OnceValues(func() (*entities.Recognizer, error) {
	data, err := os.ReadFile("testdata/fixture.rules")
	if err != nil {
		return nil, err
	}
	rs, err := entities.ParseRules("fixture.rules", data)
	if err != nil {
		return nil, err
	}
	return entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
})

func recognizer(t testing.TB) *entities.Recognizer {
	t.Helper()
	r, err := testRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// readLines returns the non-comment lines of a corpus file with their line
// numbers.
func readLines(t *testing.T, name string) ([]string, []int) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	var nums []int
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.HasPrefix(l, "#") || l == "" && !strings.Contains(name, "negative") {
			continue
		}
		if strings.HasPrefix(l, "#") || l == "" {
			continue
		}
		lines = append(lines, l)
		nums = append(nums, n)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines, nums
}

func TestCorpus(t *testing.T) {
	r := recognizer(t)
	lines, nums := readLines(t, "testdata/corpus.txt")
	perType := map[entities.Type]int{}
	for k, l := range lines {
		f := strings.SplitN(l, "\t", 3)
		if len(f) != 3 {
			t.Errorf("corpus.txt:%d: want TYPE, canonical and sentence", nums[k])
			continue
		}
		typ, canon, sent := entities.Type(f[0]), f[1], f[2]
		a := strings.IndexByte(sent, '[')
		b := strings.IndexByte(sent, ']')
		if a < 0 || b < a {
			t.Errorf("corpus.txt:%d: no [mention]", nums[k])
			continue
		}
		input := sent[:a] + sent[a+1:b] + sent[b+1:]
		start, end := a, b-1
		perType[typ]++
		got := r.FindAll(input)
		var hits []entities.Entity
		for _, e := range got {
			if e.Start == start && e.End == end {
				hits = append(hits, e)
			}
		}
		if len(hits) != 1 || hits[0].Type != typ || !strings.EqualFold(hits[0].Canonical, canon) {
			t.Errorf("corpus.txt:%d: %q: want one %s %q at [%d,%d) (%q), got %+v",
				nums[k], input, typ, canon, start, end, input[start:end], got)
		}
	}
	t.Logf("%d positive examples: %v", len(lines), perType)
}

func TestNegative(t *testing.T) {
	r := recognizer(t)
	lines, nums := readLines(t, "testdata/negative.txt")
	for k, l := range lines {
		if got := r.FindAll(l); len(got) != 0 {
			t.Errorf("negative.txt:%d: %q: want nothing, got %+v", nums[k], l, got)
		}
	}
	t.Logf("%d negative examples", len(lines))
}
