#include <imgui.h>
int probe() { return 0; }
