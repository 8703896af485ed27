// Package layering holds the test of the import rules that the README's "Code layout"
// draws: the readers (the services and their commands) never link the indexer, the
// shared packages under internal/ link neither, and bindings link nothing of ours.
package layering
