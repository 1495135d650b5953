#pragma once

// Exit status of every mbus-cli command.
namespace mbus::cli::ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1; // the job could not be done (decode error, no answer, ...)
constexpr int Usage = 2;   // wrong arguments or unreadable input file
} // namespace mbus::cli::ExitCode
