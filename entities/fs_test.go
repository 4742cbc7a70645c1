package entities_test

import "os"

var testFS = os.DirFS(".")
