#include "sim/SimulatorCommand.h"

int main(int argc, char *argv[])
{
    return mbus::sim::runSimulator(argc, argv);
}
