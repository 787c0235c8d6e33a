// Re-exports parts of core libraries, with and without combinators.
export 'dart:math' show max, min, pi, Point;
export 'dart:async' show Future, Completer;
export 'dart:collection' hide ListBase;
export 'dart:convert';

int twice(int x) => 2 * x;
