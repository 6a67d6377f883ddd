#include "ui/StudioDocument.hpp"
int probe() {
    return 0;
}
