// The libpq headers, found through pkg-config (libpq.pc) rather than a fixed include path.
#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
