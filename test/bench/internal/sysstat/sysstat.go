// Package sysstat reads what the benchmarks report about processes from /proc: CPU
// time and resident memory.
package sysstat

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// CPU returns the parent pid and the CPU time (user + system) of process pid, and with
// children also that of its ended and reaped children. Zero when pid is gone.
func CPU(pid int, children bool) (ppid int, d time.Duration) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, 0
	}
	// the command name may hold spaces: the fields start after its closing parenthesis
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 15 {
		return 0, 0
	}
	ppid, _ = strconv.Atoi(f[1])
	var ticks int64
	last := 12 // utime and stime are fields 14 and 15 of stat, 11 and 12 here
	if children {
		last = 14 // cutime and cstime
	}
	for i := 11; i <= last; i++ {
		n, _ := strconv.ParseInt(f[i], 10, 64)
		ticks += n
	}
	return ppid, time.Duration(ticks) * (time.Second / 100) // USER_HZ is 100 on Linux
}

// ClusterCPU is the CPU time of the PostgreSQL cluster in pgDir: the postmaster, its
// live children (the backends) and the children that have ended.
func ClusterCPU(pgDir string) time.Duration {
	b, err := os.ReadFile(filepath.Join(pgDir, "postmaster.pid"))
	if err != nil {
		return 0
	}
	pm, _ := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	_, total := CPU(pm, true)
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if ppid, d := CPU(pid, false); ppid == pm {
			total += d
		}
	}
	return total
}

// StatusKB reads a kB field of /proc/pid/status, such as VmRSS or VmHWM.
func StatusKB(pid int, field string) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			return strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}
