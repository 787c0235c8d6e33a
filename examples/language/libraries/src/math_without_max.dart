export 'dart:math' hide max;
