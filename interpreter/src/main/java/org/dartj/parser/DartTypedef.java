package org.dartj.parser;

/**
 * A typedef as another library sees it through an import: the name and the library that
 * declares it, whose scope its aliased type is read in ({@code typedef Ints = List<int>;},
 * {@code typedef int Op(int a, int b);}).
 */
record DartTypedef(DartTranslator owner, String name) {
}
