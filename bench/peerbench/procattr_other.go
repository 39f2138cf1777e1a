//go:build !linux

package main

import "os/exec"

// dieWithParent has no portable equivalent: elsewhere only the deferred
// stops end the servers.
func dieWithParent(*exec.Cmd) {}
