var counter = 0;
int _scaled = 0;
int get scaled => _scaled;
set scaled(int v) => _scaled = v * 2;
