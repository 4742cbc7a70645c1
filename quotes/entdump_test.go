package quotes

import (
	"fmt"
	"os"
	"testing"

	"github.com/depeche-go/depeche/entities"
)

func TestEntDump(t *testing.T) {
	f := os.Getenv("ENT_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, e := range entities.Default().FindAll(string(b)) {
		fmt.Println(e.Type, e.Text, "=>", e.Canonical)
	}
}
