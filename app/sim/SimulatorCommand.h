#pragma once

// `mbus-sim`: simulated meters on a pseudo-terminal and/or a TCP port until stopped (SIGINT,
// SIGTERM or --duration). Returns the process exit status.
namespace mbus::sim {

int runSimulator(int argc, char *argv[]);

} // namespace mbus::sim
