//go:build race

package clean_test

// raceEnabled is set when the tests run with -race, where sync.Pool drops
// items at random and allocation counts mean nothing.
const raceEnabled = true
