package org.dartj.parser;

import org.dartj.nodes.call.DartFunctionHolder;

import com.oracle.truffle.api.source.Source;

/** A translated program: its source and its {@code main}. */
public record DartProgram(Source source, DartFunctionHolder main, int mainParameterCount) {
}
