<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="95"/>
        <source>In this exhibit</source>
        <translation>На выставке</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../qml/Kiosk/BottomBar.qml" line="16"/>
        <source>Controls</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/BottomBar.qml" line="36"/>
        <source>Display</source>
        <translation>Экран</translation>
    </message>
</context>
<context>
    <name>ChartPanelView</name>
    <message>
        <location filename="../qml/Kiosk/ChartPanelView.qml" line="55"/>
        <source>Show chart</source>
        <translation>Показать график</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ChartPanelView.qml" line="55"/>
        <source>Show table</source>
        <translation>Показать таблицу</translation>
    </message>
</context>
<context>
    <name>DisplaySheet</name>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="25"/>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="40"/>
        <source>Display settings</source>
        <translation>Настройки экрана</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="51"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="57"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="58"/>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="65"/>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="72"/>
        <source>Standard</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="58"/>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="58"/>
        <source>Largest</source>
        <translation>Самый крупный</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="64"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="65"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="71"/>
        <source>Motion</source>
        <translation>Анимация</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="72"/>
        <source>Reduced motion</source>
        <translation>Без анимации</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <location filename="../qml/Kiosk/GlossaryCard.qml" line="51"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/Kiosk/HomeScreen.qml" line="79"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomeScreen.qml" line="99"/>
        <source>Touch a topic to begin</source>
        <translation>Выберите тему, чтобы начать</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../qml/Kiosk/IdleWarning.qml" line="28"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleWarning.qml" line="38"/>
        <source>The exhibit will start again in %1 seconds.</source>
        <translation>Выставка начнётся заново через %1 с.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleWarning.qml" line="46"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/Kiosk/ImageViewer.qml" line="103"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ImageViewer.qml" line="110"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ImageViewer.qml" line="117"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MapPanelView</name>
    <message>
        <location filename="../qml/Kiosk/MapPanelView.qml" line="41"/>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanelView.qml" line="96"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../qml/Kiosk/PackScreen.qml" line="84"/>
        <source>Panels in this section: %1</source>
        <translation>Панелей в этом разделе: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PackScreen.qml" line="99"/>
        <location filename="../qml/Kiosk/PackScreen.qml" line="107"/>
        <source>Content advisory</source>
        <translation>Предупреждение о содержании</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PackScreen.qml" line="143"/>
        <source>Begin</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PackScreen.qml" line="152"/>
        <source>Back to the exhibit</source>
        <translation>Назад к выставке</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PackScreen.qml" line="173"/>
        <location filename="../qml/Kiosk/PackScreen.qml" line="184"/>
        <source>Read more</source>
        <translation>Читать дальше</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PackScreen.qml" line="220"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
</context>
<context>
    <name>PanelImage</name>
    <message>
        <location filename="../qml/Kiosk/PanelImage.qml" line="32"/>
        <source>Enlarge image: %1</source>
        <translation>Увеличить изображение: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelImage.qml" line="45"/>
        <source>Covered image</source>
        <translation>Закрытое изображение</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelImage.qml" line="53"/>
        <source>This image is covered</source>
        <translation>Это изображение закрыто</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelImage.qml" line="70"/>
        <source>Show image</source>
        <translation>Показать изображение</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelImage.qml" line="95"/>
        <source>Tap the image to enlarge it</source>
        <translation>Коснитесь изображения, чтобы увеличить его</translation>
    </message>
</context>
<context>
    <name>PanelScreen</name>
    <message>
        <location filename="../qml/Kiosk/PanelScreen.qml" line="144"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelScreen.qml" line="150"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelScreen.qml" line="170"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PanelScreen.qml" line="181"/>
        <location filename="../qml/Kiosk/PanelScreen.qml" line="187"/>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <location filename="../qml/Kiosk/PositionDots.qml" line="38"/>
        <location filename="../qml/Kiosk/PositionDots.qml" line="46"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <location filename="../qml/Kiosk/ProblemsBanner.qml" line="20"/>
        <source>This pack has problems; the kiosk would not show it:</source>
        <translation>В этом пакете есть ошибки; киоск не станет его показывать:</translation>
    </message>
</context>
<context>
    <name>QuotePanelView</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanelView.qml" line="48"/>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../qml/Kiosk/ScrollCue.qml" line="45"/>
        <source>More below</source>
        <translation>Дальше ниже</translation>
    </message>
</context>
<context>
    <name>SourceNoteRow</name>
    <message>
        <location filename="../qml/Kiosk/SourceNoteRow.qml" line="15"/>
        <source>Source %1: %2</source>
        <translation>Источник %1: %2</translation>
    </message>
</context>
<context>
    <name>SourceNotes</name>
    <message>
        <location filename="../qml/Kiosk/SourceNotes.qml" line="25"/>
        <source>This panel draws on</source>
        <translation>Источники этой панели</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourceNotes.qml" line="44"/>
        <source>More under Sources</source>
        <translation>Остальные — в разделе «Источники»</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="27"/>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="41"/>
        <source>Sources for this panel</source>
        <translation>Источники этой панели</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="53"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="78"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="125"/>
        <source>Read more</source>
        <translation>Читать дальше</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="146"/>
        <source>QR code for %1</source>
        <translation>QR-код для %1</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="23"/>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудника</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="54"/>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="66"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="81"/>
        <source>Staff menu</source>
        <translation>Меню сотрудника</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="90"/>
        <source>Reload packs</source>
        <translation>Перезагрузить пакеты</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="95"/>
        <source>Back to the exhibit</source>
        <translation>Назад к выставке</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="100"/>
        <source>Close the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="162"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="162"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
</TS>
