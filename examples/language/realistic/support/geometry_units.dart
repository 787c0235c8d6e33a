part of 'geometry.dart';

enum Unit { mm, cm, m }

extension UnitConvert on num {
  num to(Unit from, Unit to) => this * _factor(from) / _factor(to);
}

double _factor(Unit u) => switch (u) { Unit.mm => 1, Unit.cm => 10, Unit.m => 1000 };
