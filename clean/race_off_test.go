//go:build !race

package clean_test

// raceEnabled is set when the tests run with -race.
const raceEnabled = false
