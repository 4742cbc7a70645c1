package quotes

import (
	"fmt"

	"github.com/depeche-go/depeche/entities"
	"os"
	"testing"
)

// TestDbg prints what FindIn finds in $DBG (a file name or the text itself),
// without entities: a debugging aid, skipped when unset.
func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	if b, err := os.ReadFile(s); err == nil {
		s = string(b)
	}
	var ents []entities.Entity
	if os.Getenv("DBG_ENTS") != "" {
		ents = entities.Default().FindAll(s)
	}
	q, a, w := Default().FindIn(s, nil, ents)
	for _, x := range q {
		fmt.Printf("Q %q\n   spk=%q canon=%q verb=%q via=%q\n", x.Text, x.Speaker, x.SpeakerCanonical, x.Verb, x.Via)
	}
	for _, x := range a {
		fmt.Printf("A %q src=%q cue=%q\n", x.Text, x.Source, x.Cue)
	}
	fmt.Println(w)
}
