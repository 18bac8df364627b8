// libxml2's HTML parser, found through pkg-config (libxml-2.0.pc). Only the HTML target imports it.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

// libxml2 reports parse errors through a printf-style callback, which Swift cannot implement;
// a page's markup errors are expected and recovered from, so they go nowhere.
static void claims_xml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void claims_xml_ignore_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// Silences libxml2's global error reporting for this thread.
static inline void claims_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, claims_xml_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, claims_xml_ignore_structured_error);
}

/// Makes a SAX handler report errors nowhere instead of to stderr.
static inline void claims_xml_silence_handler(htmlSAXHandler *handler) {
    handler->warning = claims_xml_ignore_generic_error;
    handler->error = claims_xml_ignore_generic_error;
    handler->fatalError = claims_xml_ignore_generic_error;
    handler->serror = claims_xml_ignore_structured_error;
    handler->initialized = XML_SAX2_MAGIC;
}
#endif
