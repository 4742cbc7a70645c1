//go:build !race

package quotes

// raceEnabled is true when the tests run under the race detector, which
// slows code unevenly: timing tests skip.
const raceEnabled = false
