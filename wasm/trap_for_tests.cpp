// Lets the JS wrapper's tests prove that a trap is survived (the module is re-created). Harmless:
// only our own JS can reach a module export.
extern "C" void takedown_trap_for_tests() { __builtin_trap(); }
