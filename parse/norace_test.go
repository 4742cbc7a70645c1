//go:build !race

package parse_test

// raceEnabled slows the time limits of the large-input tests.
const raceEnabled = false
