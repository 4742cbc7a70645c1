package clean_test

import (
	"fmt"

	"github.com/depeche-go/depeche/clean"
)

func ExampleNormalize() {
	// Mojibake (UTF-8 read as Windows-1252), an HTML fragment with an
	// entity, ASCII apostrophes, a hard-wrapped line and plain spaces before
	// "%" and "?".
	in := "<p>Lâ€™action a gagnÃ© 3,2 % aujourd'hui&nbsp;: jusqu'oÃ¹\nira-t-elle ?</p>"
	fmt.Printf("%q\n", clean.Normalize(in))

	// Text that is already normal comes back unchanged, without allocating.
	fmt.Printf("%q\n", clean.Normalize("L’action a gagné 3,2\u00a0%."))
	// Output:
	// "L’action a gagné 3,2\u00a0% aujourd’hui\u00a0: jusqu’où ira-t-elle\u202f?"
	// "L’action a gagné 3,2\u00a0%."
}
