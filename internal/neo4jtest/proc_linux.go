package neo4jtest

import "syscall"

// A test binary that dies (a panic, a timeout, ^C) must not leave a JVM
// holding its port and gigabytes of memory behind.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
