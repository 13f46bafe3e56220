// The floor for launch time: the barest Qt Widgets window, built by this project the same way
// as the app. The app's launch is measured against it.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("floor"), &window));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
