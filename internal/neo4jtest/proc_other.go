//go:build !linux

package neo4jtest

import "syscall"

func sysProcAttr() *syscall.SysProcAttr { return nil }
